package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentType;
import ocop.documents.Section;
import org.junit.jupiter.api.Test;

/**
 * The công văn confirming that a producer stopped producing and proposing the revocation (Điều 8.1.đ, 8.2, 8.4):
 * addressed to the province's agency, the facts of the certificate, the authority by stars and the 15-day rule.
 */
class CessationProposalDocumentTests {

    static DocumentDraft draft(int stars, String note) {
        return CessationProposalDocument.draft(new CessationProposalDocument.Facts("Phường Long Khánh",
                "Tỉnh Đồng Nai", CessationProposalDocument.defaultRecipient("Tỉnh Đồng Nai"),
                "Hộ kinh doanh Tiêu A", "Tiêu đen", "GCN-07", stars, LocalDate.of(2025, 3, 10),
                LocalDate.of(2028, 3, 10), "871/QĐ-UBND", LocalDate.of(2025, 3, 1),
                new CessationConfirmation(LocalDate.of(2026, 10, 1), "Làm việc trực tiếp với chủ thể ngày 05/10/2026",
                        note), RevocationDeadline.DECREE_26, "26080"));
    }

    static String text(DocumentDraft d) {
        StringBuilder b = new StringBuilder(d.subject()).append('\n');
        d.preamble().forEach(p -> b.append(p).append('\n'));
        d.sections().forEach(s -> append(s, b));
        return b.toString();
    }

    private static void append(Section s, StringBuilder b) {
        if (s.heading() != null) {
            b.append(s.heading()).append('\n');
        }
        s.paragraphs().forEach(p -> b.append(p).append('\n'));
        s.bullets().forEach(p -> b.append(p).append('\n'));
        s.sections().forEach(c -> append(c, b));
    }

    @Test
    void aCongVanToTheProvincesAgencyWithCopiesToTheProvinceAndTheProducer() {
        DocumentDraft d = draft(4, null);
        assertThat(d.type()).isEqualTo(DocumentType.CV);
        assertThat(d.subject()).isEqualTo("V/v xác nhận chủ thể không còn sản xuất sản phẩm OCOP và đề nghị thu hồi "
                + "Giấy chứng nhận");
        assertThat(d.recipients()).containsExactly("Sở Nông nghiệp và Môi trường tỉnh Đồng Nai");
        assertThat(d.copyTo()).containsExactly("Ủy ban nhân dân tỉnh Đồng Nai (để báo cáo)",
                "Hộ kinh doanh Tiêu A (để biết)");
        assertThat(d.unitCode()).isEqualTo("26080");
    }

    @Test
    void theConfirmationNamesTheGroundTheCertificateAndTheDates() {
        String t = text(draft(3, "Chủ thể đã bán cơ sở"));
        assertThat(t).contains("điểm đ khoản 1, khoản 2 và khoản 4 Điều 8 Quyết định số 26/2026/QĐ-TTg",
                "Chủ thể OCOP: Hộ kinh doanh Tiêu A", "Sản phẩm: Tiêu đen, được công nhận sản phẩm OCOP 3 sao",
                "Giấy chứng nhận sản phẩm OCOP số GCN-07 cấp ngày 10/03/2025, có hiệu lực đến ngày 10/03/2028",
                "Quyết định công nhận số 871/QĐ-UBND ngày 01/03/2025",
                "không còn sản xuất sản phẩm từ ngày 01/10/2026",
                "Cách thức xác minh: Làm việc trực tiếp với chủ thể ngày 05/10/2026", "Ghi chú: Chủ thể đã bán cơ sở",
                "điểm đ khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg: Chủ thể không còn sản xuất sản phẩm.");
        assertThat(text(draft(3, null))).doesNotContain("Ghi chú");
    }

    @Test
    void theProvincialChairmanDecidesThreeAndFourStarsTheMinisterFiveThroughTheProvince() {
        assertThat(text(draft(4, null))).contains("tham mưu trình Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai xem xét, "
                + "quyết định thu hồi Giấy chứng nhận sản phẩm OCOP số GCN-07 (sản phẩm OCOP 4 sao) theo điểm a khoản 2")
                .doesNotContain("Bộ trưởng");
        assertThat(text(draft(5, null))).contains("tham mưu Ủy ban nhân dân tỉnh Đồng Nai báo cáo, đề nghị Bộ trưởng "
                + "Bộ Nông nghiệp và Môi trường xem xét, quyết định thu hồi", "theo điểm b khoản 2");
    }

    @Test
    void theFifteenDaysRunFromThisConfirmation() {
        assertThat(text(draft(4, null))).contains("thời gian thu hồi giấy chứng nhận là 15 ngày kể từ ngày có xác "
                + "nhận của Ủy ban nhân dân cấp xã", "thời hạn 15 ngày được tính từ ngày ban hành văn bản này");
    }
}
