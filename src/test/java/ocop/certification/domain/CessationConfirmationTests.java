package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The ward's confirmation that a producer stopped producing (Điều 8.1.đ): the day and how it was verified. */
class CessationConfirmationTests {

    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static CessationConfirmation of(String stoppedOn, String how, String note) {
        return CessationConfirmation.of(stoppedOn, how, note, ISSUED, TODAY);
    }

    static java.util.List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void theDayMayBeTheIssueDateOrTodayAndTextIsTrimmed() {
        var first = of("2025-03-10", "  Chủ thể có đơn xin dừng sản xuất  ", " ");
        assertThat(first.stoppedOn()).isEqualTo(ISSUED);
        assertThat(first.verifiedHow()).isEqualTo("Chủ thể có đơn xin dừng sản xuất");
        assertThat(first.note()).isNull();
        assertThat(of("2026-11-20", "Làm việc trực tiếp", "Đã bán cơ sở").stoppedOn()).isEqualTo(TODAY);
    }

    @Test
    void theDayIsRequiredNotInTheFutureAndNotBeforeTheIssueDate() {
        assertThat(fields(() -> of(null, "x", null))).containsExactly("stoppedOn");
        assertThat(fields(() -> of("20/11/2026", "x", null))).containsExactly("stoppedOn");
        assertThat(fields(() -> of("2026-11-21", "x", null))).containsExactly("stoppedOn");
        assertThatThrownBy(() -> of("2025-03-09", "x", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10/03/2025");
    }

    @Test
    void howItWasVerifiedIsRequiredAndEveryBadFieldIsNamedAtOnce() {
        assertThat(fields(() -> of("", "  ", "n".repeat(2001)))).containsExactly("stoppedOn", "verifiedHow", "note");
        assertThat(fields(() -> of("2026-01-01", "v".repeat(2001), null))).containsExactly("verifiedHow");
    }

    @Test
    void textIsStoredInComposedForm() {
        String decomposed = "Lam vie\u0323c tru\u031bc tie\u0302\u0301p";
        assertThat(of("2026-01-01", decomposed, null).verifiedHow())
                .isEqualTo(java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC));
    }
}
