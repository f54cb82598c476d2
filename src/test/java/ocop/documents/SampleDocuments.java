package ocop.documents;

import java.time.LocalDate;
import java.util.List;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.Composer;
import ocop.documents.domain.DocumentNumber;
import ocop.documents.domain.IssuingBody;
import ocop.documents.domain.Signer;
import ocop.documents.internal.TemplateCatalog;

/** A realistic ward report (báo cáo của UBND phường) used by the rendering tests and the visual reference. */
public final class SampleDocuments {

    public static final LocalDate ISSUED_ON = LocalDate.of(2026, 4, 6);
    public static final IssuingBody LONG_KHANH = IssuingBody.defaults("26080", "Phường Long Khánh", "Long Khánh");
    public static final Signer SIGNER = new Signer(1L, "Nguyễn Văn Lãnh (minh họa)",
            List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));

    private SampleDocuments() {
    }

    public static DocumentContent report() {
        return new DocumentContent(DocumentType.BC,
                "Kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP) quý I năm 2026",
                List.of("Sở Nông nghiệp và Môi trường tỉnh Đồng Nai"), List.of(),
                List.of("Thực hiện Kế hoạch số 1411/KH-UBND của Ủy ban nhân dân tỉnh Đồng Nai về triển khai Chương trình "
                        + "mỗi xã một sản phẩm, Ủy ban nhân dân phường Long Khánh báo cáo kết quả thực hiện quý I năm 2026 "
                        + "như sau:"),
                List.of(Section.of("Kết quả thực hiện", List.of(
                                Section.of("Công tác tuyên truyền, hướng dẫn",
                                        "Phường đã tổ chức 03 hội nghị phổ biến Quyết định 26/2026/QĐ-TTg cho các chủ thể, "
                                                + "hộ kinh doanh và trưởng khu phố; hướng dẫn lập hồ sơ, tự đánh giá sản "
                                                + "phẩm theo bộ tiêu chí mới; phát 250 tờ rơi về quy trình đăng ký."),
                                new Section("Kết quả rà soát, đánh giá sản phẩm",
                                        List.of("Tổng số sản phẩm đăng ký tham gia Chương trình là 07 sản phẩm của 05 chủ "
                                                + "thể, cụ thể:"), null,
                                        new DocumentTable(List.of("STT", "Sản phẩm", "Chủ thể", "Hạng đề nghị"), List.of(
                                                List.of("1", "Giò chả truyền thống", "Hộ kinh doanh Hoàng Duy", "3 sao"),
                                                List.of("2", "Chôm chôm Long Khánh", "HTX Nông nghiệp Xuân Lập", "4 sao"),
                                                List.of("3", "Sầu riêng Ri6 sấy lạnh", "Công ty TNHH Trái cây Bảo Vinh",
                                                        "3 sao")), List.of(2, 5, 6, 3)), null))),
                        new Section("Khó khăn, vướng mắc", null, List.of(
                                "Một số chủ thể chưa có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                                "Kinh phí hỗ trợ thiết kế bao bì, nhãn mác còn hạn chế",
                                "Việc truy xuất nguồn gốc điện tử ở hộ kinh doanh nhỏ lẻ chưa đồng bộ"), null, null),
                        Section.of("Phương hướng, nhiệm vụ quý II năm 2026",
                                "Tiếp tục hướng dẫn các chủ thể hoàn thiện hồ sơ; phối hợp với Sở Nông nghiệp và Môi "
                                        + "trường tổ chức lớp tập huấn về xây dựng câu chuyện sản phẩm; rà soát, đề xuất "
                                        + "nâng hạng sản phẩm đã được công nhận; đẩy mạnh xúc tiến thương mại, giới thiệu "
                                        + "sản phẩm tại các hội chợ, điểm bán hàng OCOP trên địa bàn tỉnh.",
                                "Đề nghị Sở hỗ trợ kinh phí thuê chuyên gia kỹ thuật hướng dẫn những chủ thể có sản "
                                        + "phẩm đặc sản, phấn đấu nâng hạng lên 4 sao trong năm 2026.",
                                "Ủy ban nhân dân phường kính báo cáo Sở Nông nghiệp và Môi trường tỉnh Đồng Nai xem xét, "
                                        + "tổng hợp.")),
                List.of(), null);
    }

    public static ComposedDocument composedReport(boolean issued) {
        return Composer.compose(new TemplateCatalog().of(DocumentType.BC), LONG_KHANH, SIGNER, report(),
                issued ? new DocumentNumber(5, "BC-UBND") : null, issued ? ISSUED_ON : null, 2026);
    }
}
