package ocop.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.documents.DocumentType;
import org.junit.jupiter.api.Test;

/** The register of outgoing documents: yearly restart, one shared sequence or one per type, symbols. */
class OutgoingRegisterTests {

    /** The counter's contract, in memory: 1, 2, 3… per key. */
    static final class MemoryCounter implements SequenceCounter {
        final Map<RegisterKey, Integer> last = new HashMap<>();

        @Override
        public int next(RegisterKey key) {
            return last.merge(key, 1, Integer::sum);
        }
    }

    static IssuingBody body(NumberingMode mode) {
        IssuingBody d = IssuingBody.defaults("26080", "Phường Long Khánh", "Long Khánh");
        return new IssuingBody(d.unitCode(), d.nameLines(), d.placeName(), d.bodyAbbreviation(), d.fieldAbbreviation(),
                Map.of(), mode, d.distribution(), d.archiveLine());
    }

    @Test
    void numbersFollowIssueOrderAndRestartAt01OnTheFirstOfJanuary() {
        MemoryCounter counter = new MemoryCounter();
        IssuingBody body = body(NumberingMode.SHARED);
        List<String> numbers = List.of(
                OutgoingRegister.assign(body, DocumentType.BC, LocalDate.of(2025, 12, 30), counter).text(),
                OutgoingRegister.assign(body, DocumentType.KH, LocalDate.of(2025, 12, 31), counter).text(),
                OutgoingRegister.assign(body, DocumentType.BC, LocalDate.of(2026, 1, 1), counter).text(),
                OutgoingRegister.assign(body, DocumentType.CV, LocalDate.of(2026, 1, 2), counter).text());
        assertThat(numbers).containsExactly("01/BC-UBND", "02/KH-UBND", "01/BC-UBND", "02/UBND-KT");
    }

    @Test
    void perTypeModeKeepsOneSequenceForEachType() {
        MemoryCounter counter = new MemoryCounter();
        IssuingBody body = body(NumberingMode.PER_TYPE);
        LocalDate day = LocalDate.of(2026, 4, 6);
        assertThat(OutgoingRegister.assign(body, DocumentType.BC, day, counter).text()).isEqualTo("01/BC-UBND");
        assertThat(OutgoingRegister.assign(body, DocumentType.BC, day, counter).text()).isEqualTo("02/BC-UBND");
        assertThat(OutgoingRegister.assign(body, DocumentType.KH, day, counter).text()).isEqualTo("01/KH-UBND");
        assertThat(OutgoingRegister.assign(body, DocumentType.TTr, day, counter).text()).isEqualTo("01/TTr-UBND");
        assertThat(OutgoingRegister.keyFor(body, DocumentType.KH, day)).isEqualTo(new RegisterKey("26080", 2026, "KH"));
        assertThat(OutgoingRegister.keyFor(body(NumberingMode.SHARED), DocumentType.KH, day))
                .isEqualTo(new RegisterKey("26080", 2026, "ALL"));
    }

    @Test
    void symbolsFollowPhuLucIIIWithTheBodysOverrides() {
        IssuingBody body = body(NumberingMode.SHARED);
        assertThat(body.symbolFor(DocumentType.BC)).isEqualTo("BC-UBND");
        assertThat(body.symbolFor(DocumentType.TTr)).isEqualTo("TTr-UBND");
        assertThat(body.symbolFor(DocumentType.QD)).isEqualTo("QĐ-UBND");
        assertThat(body.symbolFor(DocumentType.CV)).isEqualTo("UBND-KT");
        IssuingBody custom = new IssuingBody("26080", body.nameLines(), "Long Khánh", "UBND", "VX",
                Map.of(DocumentType.KH, "KHo"), NumberingMode.SHARED, List.of(), "Lưu: VT, VX.");
        assertThat(custom.symbolFor(DocumentType.KH)).isEqualTo("KHo-UBND");
        assertThat(custom.symbolFor(DocumentType.CV)).isEqualTo("UBND-VX");
    }

    @Test
    void defaultsNameTheWardInCapitals() {
        IssuingBody body = body(NumberingMode.SHARED);
        assertThat(body.nameLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG LONG KHÁNH");
        assertThat(body.distribution()).containsExactly("TT Đảng ủy, TT HĐND phường", "CT, các PCT UBND phường");
        assertThat(IssuingBody.defaults("25999", "Xã Bàu Hàm", "Bàu Hàm").distribution().get(0)).endsWith("HĐND xã");
    }
}
