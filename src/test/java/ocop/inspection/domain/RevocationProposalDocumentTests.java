package ocop.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import ocop.certification.Article8Ground;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentType;
import ocop.documents.Section;
import org.junit.jupiter.api.Test;

/** The proposal to revoke (Điều 8): subject by type, addressee, ground cited, deciding authority by stars. */
class RevocationProposalDocumentTests {

    private static final RevocationProposalDocument.Parties LONG_KHANH = new RevocationProposalDocument.Parties(
            "Phường Long Khánh", "Tỉnh Đồng Nai", "Sở Nông nghiệp và Môi trường");

    private static RevocationProposalDocument.Inspection inspection(Integer stars, Article8Ground ground) {
        RevocationProposalDocument.Certificate certificate = stars == null ? null
                : new RevocationProposalDocument.Certificate("GCN-01/2024", stars, "12/QĐ-UBND",
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5), LocalDate.of(2027, 3, 4));
        return new RevocationProposalDocument.Inspection("Trà mãng cầu", "Hợp tác xã Bình Lộc", certificate,
                "theo Kế hoạch kiểm tra năm 2026", LocalDate.of(2026, 11, 20), List.of("Lê Thị Cán", "Trần Văn Tỉnh"),
                List.of(new RevocationProposalDocument.Finding("Nhãn ghi đúng hạng sao", "Nhãn in 5 sao", "Nghiêm trọng")),
                List.of("Nhãn ghi đúng hạng sao"), ground, "Sử dụng nhãn sai hạng sao.", 2);
    }

    private static String text(DocumentDraft draft) {
        StringBuilder all = new StringBuilder();
        for (Section s : draft.sections()) {
            append(s, all);
        }
        return all.toString();
    }

    private static void append(Section s, StringBuilder all) {
        all.append(s.heading()).append('\n');
        s.paragraphs().forEach(p -> all.append(p).append('\n'));
        s.bullets().forEach(b -> all.append(b).append('\n'));
        if (s.table() != null) {
            s.table().rows().forEach(r -> all.append(String.join(" | ", r)).append('\n'));
        }
        s.sections().forEach(c -> append(c, all));
    }

    @Test
    void aCongVanToTheProvinceCitingTheGroundForAFourStarProduct() {
        DocumentDraft draft = RevocationProposalDocument.draft(DocumentType.CV, LONG_KHANH,
                inspection(4, Article8Ground.D), "26080");
        assertThat(draft.subject()).isEqualTo("V/v đề nghị thu hồi Giấy chứng nhận sản phẩm OCOP");
        assertThat(draft.recipients()).containsExactly("Ủy ban nhân dân tỉnh Đồng Nai");
        assertThat(draft.copyTo()).startsWith("Sở Nông nghiệp và Môi trường tỉnh Đồng Nai");
        assertThat(draft.unitCode()).isEqualTo("26080");
        String text = text(draft);
        assertThat(text).contains("điểm d khoản 1 Điều 8", "(sử dụng nhãn hiệu OCOP sai mục đích, gây nhầm lẫn)",
                "Giấy chứng nhận sản phẩm OCOP số GCN-01/2024, hạng 4 sao, cấp ngày 05/03/2024",
                "Quyết định công nhận số 12/QĐ-UBND ngày 01/03/2024", "Người kiểm tra: Lê Thị Cán, Trần Văn Tỉnh.",
                "1 | Nhãn ghi đúng hạng sao | Nhãn in 5 sao | Nghiêm trọng", "Sử dụng nhãn sai hạng sao.",
                "theo thẩm quyền quy định tại điểm a khoản 2 Điều 8", "Ảnh hiện trường: 2 ảnh")
                .doesNotContain("Bộ trưởng");
    }

    @Test
    void aFiveStarProductGoesToTheMinisterAndATotrinhHasItsOwnSubject() {
        DocumentDraft draft = RevocationProposalDocument.draft(DocumentType.TTr, LONG_KHANH,
                inspection(5, Article8Ground.B), "26080");
        assertThat(draft.subject()).isEqualTo("Đề nghị thu hồi Giấy chứng nhận sản phẩm OCOP");
        assertThat(text(draft)).contains("điểm b khoản 1 Điều 8",
                "đề nghị Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định thu hồi",
                "(sản phẩm 5 sao, điểm b khoản 2 Điều 8)");
    }

    @Test
    void withoutACertificateOnRecordTheProvinceIsAskedToCheck() {
        String text = text(RevocationProposalDocument.draft(DocumentType.CV, LONG_KHANH,
                inspection(null, Article8Ground.DD), "26080"));
        assertThat(text).contains("Giấy chứng nhận: chưa có trong sổ theo dõi của phường", "điểm đ khoản 1 Điều 8")
                .doesNotContain("số GCN");
    }

    @Test
    void onlyACongVanOrATotrinh() {
        assertThatThrownBy(() -> RevocationProposalDocument.draft(DocumentType.BC, LONG_KHANH,
                inspection(3, Article8Ground.A), "26080")).isInstanceOf(IllegalArgumentException.class);
    }
}
