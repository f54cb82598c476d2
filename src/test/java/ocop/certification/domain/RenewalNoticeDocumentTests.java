package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentType;
import org.junit.jupiter.api.Test;

/** The content of the renewal notice: TB lists the producers as recipients, CV addresses them; one row per certificate. */
class RenewalNoticeDocumentTests {

    private static final LocalDate UNTIL = LocalDate.of(2027, 5, 6);
    private static final List<RenewalNoticeDocument.Line> LINES = List.of(
            new RenewalNoticeDocument.Line("Tiêu đen", "Tổ hợp tác A", "GCN-01", 3, UNTIL, UNTIL.minusDays(180),
                    UNTIL.minusDays(120)),
            new RenewalNoticeDocument.Line("Tiêu xanh", "Tổ hợp tác A", null, 4, UNTIL.plusDays(30),
                    UNTIL.plusDays(30).minusDays(180), UNTIL.plusDays(30).minusDays(120)));

    private static DocumentDraft draft(DocumentType type, String phone) {
        return RenewalNoticeDocument.draft(new RenewalNoticeDocument.Facts(type, "Phường Long Khánh", LINES,
                "Lê Thị Cán", phone, "26080", null));
    }

    @Test
    void oneRowPerCertificateWithItsWindow() {
        var table = draft(DocumentType.TB, null).sections().get(0).table();
        assertThat(table.header()).containsExactlyElementsOf(RenewalNoticeDocument.HEADER);
        assertThat(table.rows()).containsExactly(
                List.of("1", "Tiêu đen", "Tổ hợp tác A", "GCN-01", "3", "06/05/2027", "07/11/2026", "06/01/2027"),
                List.of("2", "Tiêu xanh", "Tổ hợp tác A", "(chưa ghi số)", "4", "05/06/2027", "07/12/2026",
                        "05/02/2027"));
    }

    @Test
    void aThongBaoAndACongVanNameTheProducersOnceAndTheContact() {
        DocumentDraft tb = draft(DocumentType.TB, null);
        assertThat(tb.type()).isEqualTo(DocumentType.TB);
        assertThat(tb.recipients()).containsExactly("Tổ hợp tác A");
        assertThat(tb.subject()).startsWith("Về việc nộp hồ sơ đánh giá, phân hạng lại");
        assertThat(tb.sections().get(3).paragraphs().get(0))
                .contains("Phòng Kinh tế Ủy ban nhân dân phường Long Khánh, cán bộ phụ trách: Lê Thị Cán, để");
        DocumentDraft cv = draft(DocumentType.CV, "0251 3877 123");
        assertThat(cv.subject()).startsWith("V/v ");
        assertThat(cv.preamble().get(1)).contains("đề nghị các chủ thể OCOP");
        assertThat(cv.sections().get(3).paragraphs().get(0)).contains("điện thoại: 0251 3877 123");
        assertThat(RenewalNoticeDocument.supports(DocumentType.QD)).isFalse();
    }
}
