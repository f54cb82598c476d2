package ocop.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentType;
import ocop.documents.SampleDocuments;
import ocop.documents.Section;
import ocop.documents.domain.ComposedDocument.Block;
import ocop.documents.internal.TemplateCatalog;
import org.junit.jupiter.api.Test;

/** Laying out a document by type: header, title or "V/v", addressees, numbered headings, "./.", recipients, signature. */
class ComposerTests {

    static final TemplateCatalog TEMPLATES = new TemplateCatalog();
    static final LocalDate DAY = LocalDate.of(2026, 2, 15);

    static ComposedDocument issued(DocumentType type, List<String> recipients, List<Section> sections) {
        return Composer.compose(TEMPLATES.of(type), SampleDocuments.LONG_KHANH, SampleDocuments.SIGNER,
                new DocumentContent(type, "Triển khai Chương trình OCOP năm 2026", recipients, null, null, sections,
                        List.of("Phòng Kinh tế"), null),
                new DocumentNumber(12, SampleDocuments.LONG_KHANH.symbolFor(type)), DAY, 2026);
    }

    @Test
    void aReportSentUpwardHasKinhGuiAndNhuTrenFirstInTheRecipients() {
        ComposedDocument doc = SampleDocuments.composedReport(true);
        assertThat(doc.bodyNameLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG LONG KHÁNH");
        assertThat(doc.numberLine()).isEqualTo("Số: 05/BC-UBND");
        assertThat(doc.dateLine()).isEqualTo("Long Khánh, ngày 06 tháng 4 năm 2026");
        assertThat(doc.title()).isEqualTo("BÁO CÁO");
        assertThat(doc.addressees()).containsExactly("Sở Nông nghiệp và Môi trường tỉnh Đồng Nai.");
        assertThat(doc.distribution()).containsExactly("- Như trên;", "- TT Đảng ủy, TT HĐND phường;",
                "- CT, các PCT UBND phường;", "- Lưu: VT, KT.");
        assertThat(doc.signature().lines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(doc.signature().name()).isEqualTo("Nguyễn Văn Lãnh (minh họa)");
    }

    @Test
    void headingsAreNumberedIThen1ThenAAndTheBodyEndsWithTheClosingMark() {
        ComposedDocument doc = SampleDocuments.composedReport(true);
        List<String> headings = doc.body().stream().filter(Block::heading).map(Block::display).toList();
        assertThat(headings).containsExactly("I. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền, hướng dẫn",
                "2. Kết quả rà soát, đánh giá sản phẩm", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026");
        List<String> bullets = doc.body().stream().filter(b -> b.kind() == Block.Kind.BULLET).map(Block::display).toList();
        assertThat(bullets).hasSize(3).allMatch(b -> b.startsWith("- "));
        assertThat(bullets.get(0)).endsWith(";");
        assertThat(bullets.get(2)).endsWith("chưa đồng bộ.");
        assertThat(doc.body().get(doc.body().size() - 1).text()).endsWith("tổng hợp./.");
        assertThat(SectionNumbering.label(3, 5)).isEqualTo("đ)");
        assertThat(SectionNumbering.label(1, 4)).isEqualTo("IV.");
    }

    @Test
    void aCongVanHasNoTitleButVvUnderItsNumber() {
        ComposedDocument doc = issued(DocumentType.CV, List.of("Sở Nông nghiệp và Môi trường", "Văn phòng Điều phối NTM tỉnh"),
                List.of(Section.of(null, "Ủy ban nhân dân phường đề nghị …")));
        assertThat(doc.title()).isNull();
        assertThat(doc.subjectLine()).isNull();
        assertThat(doc.numberLine()).isEqualTo("Số: 12/UBND-KT");
        assertThat(doc.subjectUnderNumber()).isEqualTo("V/v Triển khai Chương trình OCOP năm 2026");
        assertThat(doc.dateLine()).isEqualTo("Long Khánh, ngày 15 tháng 02 năm 2026");
        assertThat(doc.addressees()).containsExactly("- Sở Nông nghiệp và Môi trường;", "- Văn phòng Điều phối NTM tỉnh.");
        assertThat(doc.distribution().get(0)).isEqualTo("- Như trên;");
    }

    @Test
    void minutesHaveNoPlaceDateLineAndTwoSignatures() {
        ComposedDocument doc = issued(DocumentType.BB, List.of(), List.of(Section.of("Thời gian", "08 giờ 00.")));
        assertThat(doc.dateLine()).isNull();
        assertThat(doc.title()).isEqualTo("BIÊN BẢN");
        assertThat(doc.secretary().lines()).containsExactly("THƯ KÝ");
        assertThat(doc.signature().lines()).containsExactly("CHỦ TỌA");
    }

    @Test
    void aPlanIsNotAddressedItsRecipientsOpenNoiNhan() {
        ComposedDocument doc = issued(DocumentType.KH, List.of("Các chủ thể OCOP trên địa bàn;", "- Trưởng các khu phố."),
                List.of(Section.of("Mục đích, yêu cầu", "Nội dung")));
        assertThat(doc.addressees()).isEmpty();
        assertThat(doc.distribution()).containsExactly("- Các chủ thể OCOP trên địa bàn;", "- Trưởng các khu phố;",
                "- Phòng Kinh tế;", "- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;", "- Lưu: VT, KT.");
    }

    @Test
    void aDraftHasBlankNumberAndDateAndTheDraftMark() {
        ComposedDocument doc = SampleDocuments.composedReport(false);
        assertThat(doc.draft()).isTrue();
        assertThat(doc.numberLine()).matches("Số:[\\s\\u00a0]+/BC-UBND");
        assertThat(doc.dateLine()).matches("Long Khánh, ngày[\\s\\u00a0]+tháng[\\s\\u00a0]+năm 2026");
    }
}
