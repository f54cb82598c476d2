package ocop.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentTable;
import ocop.documents.DocumentType;
import ocop.documents.Section;

/**
 * Thông báo (TB) hoặc công văn (CV) về việc nộp hồ sơ đánh giá, phân hạng lại sản phẩm OCOP: the ward's notice to
 * the producers whose certificates are in or approaching the Điều 7.6.a window — the legal basis (Điều 4.3, 6.1.c,
 * 7.6.a of QĐ 26/2026/QĐ-TTg), the table of products with the window of each, what to prepare (the 3-year update of
 * Mẫu 02 and the evidence still valid), where to file and whom to call at the Economic Department. A công văn is
 * addressed ("Kính gửi") to the producers; a Thông báo lists them under "Nơi nhận".
 */
public final class RenewalNoticeDocument {

    public static final List<String> HEADER = List.of("STT", "Sản phẩm", "Chủ thể", "Số giấy chứng nhận", "Hạng sao",
            "Hiệu lực đến", "Nộp hồ sơ từ ngày", "Hạn cuối nộp hồ sơ");
    /** Relative widths, about millimetres of the 165 mm text width: a date of 13 pt needs 24 mm with its padding. */
    private static final List<Integer> WIDTHS = List.of(10, 22, 25, 24, 13, 25, 25, 25);

    /** One certificate in the table. */
    public record Line(String productName, String producerName, String certificateNumber, int stars,
                       LocalDate validUntil, LocalDate windowOpens, LocalDate windowCloses) {
    }

    /**
     * What the notice needs: TB or CV, the ward as named ("Phường Long Khánh"), the certificates, the officer to
     * contact and an optional phone, the unit (for an admin drafting) and the issued notice it replaces.
     */
    public record Facts(DocumentType type, String unitName, List<Line> lines, String contactName, String contactPhone,
                        String unitCode, Long replacesDocumentId) {
    }

    private RenewalNoticeDocument() {
    }

    /** Whether a document type may carry the notice: Thông báo or công văn. */
    public static boolean supports(DocumentType type) {
        return type == DocumentType.TB || type == DocumentType.CV;
    }

    public static DocumentDraft draft(Facts f) {
        if (!supports(f.type())) {
            throw new IllegalArgumentException("TB or CV");
        }
        String committee = WardWording.committee(f.unitName());
        boolean letter = f.type() == DocumentType.CV;
        List<String> preamble = List.of(
                "Căn cứ khoản 3 Điều 4, điểm c khoản 1 Điều 6 và điểm a khoản 6 Điều 7 " + WardWording.DECISION
                        + ": giấy chứng nhận sản phẩm OCOP có giá trị trong thời hạn 36 tháng kể từ ngày cơ quan "
                        + "có thẩm quyền ban hành; khi hết thời hạn, chủ thể OCOP đề nghị đánh giá, phân hạng lại sản phẩm nộp hồ sơ không "
                        + "sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết thời hạn của giấy chứng nhận.",
                letter ? committee + " đề nghị các chủ thể OCOP có sản phẩm nêu dưới đây chuẩn bị và nộp hồ sơ đánh "
                        + "giá, phân hạng lại sản phẩm đúng thời hạn, cụ thể như sau:"
                        : committee + " thông báo đến các chủ thể OCOP có sản phẩm nêu dưới đây thời hạn nộp hồ sơ "
                        + "đánh giá, phân hạng lại sản phẩm như sau:");
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Sản phẩm đến thời hạn đánh giá, phân hạng lại", null, null, table(f.lines()),
                null));
        sections.add(new Section("Hồ sơ cần chuẩn bị", List.of("Hồ sơ đăng ký tham gia đánh giá, phân hạng lại sản "
                + "phẩm OCOP (điểm c khoản 1 Điều 6) gồm:"), List.of(
                "Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP theo Mẫu số 01 Phụ lục III, đánh dấu hình thức "
                        + "«Đánh giá lại»",
                "Báo cáo tự đánh giá về sản phẩm theo Mẫu số 02 Phụ lục III, cập nhật những nội dung mới và kết quả "
                        + "trong 03 năm kể từ khi sản phẩm được công nhận về: nguyên liệu, công nghệ sử dụng, bao bì, "
                        + "nhãn mác, công bố chất lượng, các phiếu kiểm nghiệm định kỳ, thị trường tiêu thụ, sản "
                        + "lượng, doanh thu",
                "Minh chứng các giấy tờ pháp lý có thời hạn (giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, "
                        + "phiếu kiểm nghiệm, bản công bố chất lượng, văn bằng sở hữu trí tuệ…): giấy tờ còn hiệu lực "
                        + "đến ngày Hội đồng cấp tỉnh đánh giá được dùng lại; giấy tờ đã hết hạn hoặc hết hạn trước "
                        + "ngày đó phải thay bằng bản mới"), null, null));
        sections.add(Section.of("Nơi nộp hồ sơ",
                "Chủ thể nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của " + committee + ", hoặc nộp trực tuyến "
                        + "trên hệ thống quản lý OCOP của phường (mục «Giấy chứng nhận», chọn giấy chứng nhận của sản "
                        + "phẩm, chọn «Mở hồ sơ đánh giá lại»), trong thời hạn ghi tại Mục I.",
                "Sau ngày hết hiệu lực của giấy chứng nhận, sản phẩm chưa được đánh giá, phân hạng lại không được "
                        + "tiếp tục sử dụng biểu trưng OCOP và số sao đã được công nhận."));
        sections.add(Section.of("Liên hệ", "Trong quá trình chuẩn bị hồ sơ, nếu có vướng mắc, đề nghị liên hệ Phòng "
                + "Kinh tế " + committee + contact(f) + " để được hướng dẫn."));
        sections.add(new Section(null, List.of(letter
                ? "Đề nghị các chủ thể quan tâm, thực hiện đúng thời hạn."
                : committee + " thông báo để các chủ thể OCOP biết, thực hiện."), null, null, null));
        String subject = letter ? "V/v nộp hồ sơ đánh giá, phân hạng lại sản phẩm OCOP"
                : "Về việc nộp hồ sơ đánh giá, phân hạng lại sản phẩm OCOP có giấy chứng nhận sắp hết hiệu lực";
        return new DocumentDraft(f.type(), subject, producers(f.lines()), null, preamble, sections, null, null, null,
                f.replacesDocumentId(), f.unitCode(), null);
    }

    /** The table of the notice (STT, product, producer, number, stars, valid until, window opens, last day). */
    public static DocumentTable table(List<Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Line l : lines) {
            rows.add(List.of(String.valueOf(++n), l.productName(), l.producerName(),
                    WardWording.number(l.certificateNumber()), String.valueOf(l.stars()),
                    WardWording.day(l.validUntil()), WardWording.day(l.windowOpens()),
                    WardWording.day(l.windowCloses())));
        }
        return new DocumentTable(HEADER, rows, WIDTHS);
    }

    private static List<String> producers(List<Line> lines) {
        return List.copyOf(new LinkedHashSet<>(lines.stream().map(Line::producerName).toList()));
    }

    private static String contact(Facts f) {
        boolean name = f.contactName() != null && !f.contactName().isBlank();
        boolean phone = f.contactPhone() != null && !f.contactPhone().isBlank();
        if (!name && !phone) {
            return "";
        }
        return (name ? ", cán bộ phụ trách: " + f.contactName().strip() : "")
                + (phone ? ", điện thoại: " + f.contactPhone().strip() : "") + ",";
    }
}
