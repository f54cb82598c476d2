package ocop.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentType;
import ocop.documents.Section;
import ocop.dossier.WardItem;
import org.junit.jupiter.api.Test;

/** The Mẫu 03 layout: part I, the four items of part II in order, the closing request. */
class Mau03ReportTests {

    private final WardBody ward = new WardBody("Phường Long Khánh", "Tỉnh Đồng Nai", "Sở Nông nghiệp và Môi trường");

    @Test
    void followsTheForm() {
        List<Mau03Report.Item> items = Arrays.stream(WardItem.values()).map(i -> new Mau03Report.Item(i, "Mô tả " + i,
                i == WardItem.RAW_MATERIALS ? "1.1 Nguồn nguyên liệu: 3/5 điểm" : null, "Nhận xét " + i, null, "Đạt",
                i == WardItem.LOCAL_IDENTITY ? List.of("Phòng Văn hóa - Xã hội: đồng ý") : List.of())).toList();
        DocumentDraft d = Mau03Report.draft(ward, new Mau03Report.Producer("Hộ kinh doanh Lan kiểng Xuân An", "Hộ kinh doanh",
                "Đường Xuân An", "Mai Thị An", "Nữ", "Kinh", "Khu phố 1", "Lan hồ điệp Xuân An", "01-01/PĐK-75-26080-2026"),
                items);
        assertThat(d.type()).isEqualTo(DocumentType.BC);
        assertThat(d.sections().get(0).heading()).isEqualTo("Thông tin chung về hồ sơ sản phẩm");
        assertThat(d.sections().get(0).paragraphs()).contains("1. Tên chủ thể: Hộ kinh doanh Lan kiểng Xuân An",
                "- Giới tính: Nữ; Dân tộc: Kinh");
        List<Section> assessed = d.sections().get(1).sections();
        assertThat(assessed).extracting(Section::heading).containsExactly("Về sử dụng nguyên liệu địa phương",
                "Về sử dụng lao động địa phương", "Nguồn gốc ý tưởng sản phẩm", "Bản sắc/trí tuệ địa phương");
        assertThat(assessed.get(0).paragraphs()).contains("Chủ thể tự đánh giá: 1.1 Nguồn nguyên liệu: 3/5 điểm",
                "Kết luận: Đạt.");
        assertThat(assessed.get(3).paragraphs()).contains("Ý kiến các đơn vị tại cuộc họp: Phòng Văn hóa - Xã hội: đồng ý.");
        assertThat(d.sections().get(2).paragraphs()).containsExactly("Ủy ban nhân dân phường Long Khánh đề nghị Ủy ban "
                + "nhân dân tỉnh Đồng Nai đánh giá, phân hạng sản phẩm OCOP cho sản phẩm Lan hồ điệp Xuân An của Hộ kinh "
                + "doanh Lan kiểng Xuân An.");
        assertThat(d.recipients()).isEmpty();
        assertThat(d.copyTo()).contains("Ủy ban nhân dân tỉnh Đồng Nai", "Sở Nông nghiệp và Môi trường tỉnh Đồng Nai");
    }
}
