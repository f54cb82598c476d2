package ocop.assessment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentTable;
import ocop.documents.DocumentType;
import ocop.documents.Section;

/**
 * The ward's request to the province (văn bản đề nghị đánh giá, phân hạng, Điều 6.2.a and 7.2.b): a công văn (CV)
 * or a tờ trình (TTr), a setting, addressed to the provincial People's Committee, listing the products whose Mẫu 03
 * reports were issued and what is sent with them.
 */
public final class ProvinceRequestDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One product of the request, with its issued Mẫu 03 report. */
    public record Line(String productName, String producerName, String kind, String registrationNo,
                       String reportNumber, LocalDate reportIssuedOn) {
    }

    private ProvinceRequestDocument() {
    }

    public static DocumentDraft draft(DocumentType type, WardBody ward, int year, List<Line> lines) {
        if (type != DocumentType.CV && type != DocumentType.TTr) {
            throw new IllegalArgumentException("a province request is a CV or a TTr");
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Line l : lines) {
            String report = l.reportNumber() == null ? "" : l.reportNumber()
                    + (l.reportIssuedOn() == null ? "" : " ngày " + DATE.format(l.reportIssuedOn()));
            rows.add(List.of(String.valueOf(++n), l.productName(), l.producerName(), l.kind(),
                    l.registrationNo() == null ? "" : l.registrationNo(), report));
        }
        DocumentTable table = new DocumentTable(List.of("STT", "Sản phẩm", "Chủ thể", "Loại hồ sơ",
                "Số phiếu đăng ký", "Báo cáo Mẫu 03"), rows, List.of(1, 4, 4, 3, 4, 4));
        String count = String.format("%02d", lines.size());
        List<Section> sections = List.of(
                new Section(null, List.of("Thực hiện Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026 của "
                        + "Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã "
                        + "một sản phẩm, " + ward.committee() + " đã tiếp nhận, kiểm tra hồ sơ và đánh giá một số nội dung của "
                        + "hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP của các chủ thể trên địa bàn.",
                        ward.committee() + " đề nghị " + ward.provinceCommittee() + " xem xét, đánh giá, phân hạng "
                                + count + " sản phẩm OCOP năm " + year + " sau:"), null, table, null),
                new Section(null, List.of("Hồ sơ gửi kèm mỗi sản phẩm: phiếu đăng ký (Mẫu 01), báo cáo tự đánh giá "
                        + "(Mẫu 02) và tài liệu minh chứng, báo cáo đánh giá của " + ward.committee() + " (Mẫu 03); "
                        + "05 mẫu sản phẩm (trừ sản phẩm dịch vụ du lịch) theo Điều 6.2 Quyết định số 26/2026/QĐ-TTg.",
                        ward.committee() + " kính đề nghị " + ward.provinceCommittee() + " xem xét."),
                        null, null, null));
        String subject = "Đề nghị đánh giá, phân hạng sản phẩm OCOP năm " + year;
        return new DocumentDraft(type, subject, List.of(ward.provinceCommittee()), null, null, sections,
                List.of(ward.agency()), null, null, null, null, null);
    }
}
