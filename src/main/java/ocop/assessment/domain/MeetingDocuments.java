package ocop.assessment.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentTable;
import ocop.documents.DocumentType;
import ocop.documents.Section;
import ocop.dossier.WardItem;

/**
 * The chairman's meeting with the ward's units (cuộc họp lấy ý kiến, Điều 7.2.a): the invitation (giấy mời, GM)
 * listing the products, the time, the place and the units invited; and the minutes (biên bản, BB) written from the
 * opinions recorded, product by product and item by item.
 */
public final class MeetingDocuments {

    public static final String PURPOSE = "đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng "
            + "sản phẩm OCOP (Điều 7.2 Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026 của Thủ tướng Chính phủ)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'ngày' dd/MM/yyyy");

    /** What the documents need to know about the meeting. */
    public record Facts(LocalDateTime heldAt, String place, String chair, List<String> units,
                        List<MeetingProduct> products) {
    }

    private MeetingDocuments() {
    }

    public static DocumentDraft invitation(WardBody ward, Facts m) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, List.of(ward.committee() + " trân trọng kính mời:"), m.units(), null, null));
        sections.add(new Section(null, List.of("Dự cuộc họp " + PURPOSE + " đối với các sản phẩm sau:"), null,
                productTable(m.products()), null));
        sections.add(new Section(null, List.of(
                "Chủ trì: " + m.chair() + ".",
                "Thời gian: " + TIME.format(m.heldAt()) + ".",
                "Địa điểm: " + m.place() + ".",
                "Đề nghị các đơn vị nghiên cứu hồ sơ, chuẩn bị ý kiến về bốn nội dung: " + itemList()
                        + "; tham dự đúng thành phần, thời gian."), null, null, null));
        return new DocumentDraft(DocumentType.GM, "Dự họp đánh giá hồ sơ đăng ký đánh giá, phân hạng sản phẩm OCOP",
                m.units(), null, null, sections, null, null, null, null, null, null);
    }

    public static DocumentDraft minutes(WardBody ward, Facts m, List<Opinion> opinions, Conclusions conclusions,
                                        String secretary) {
        List<String> preamble = List.of(
                "Thời gian: " + TIME.format(m.heldAt()) + ".",
                "Địa điểm: " + m.place() + ".",
                "Chủ trì: " + m.chair() + ".",
                "Thư ký: " + secretary + ".",
                "Thành phần tham dự: đại diện " + String.join(", ", m.units()) + ".",
                "Nội dung: " + PURPOSE + ".");
        List<Section> products = new ArrayList<>();
        for (MeetingProduct p : m.products()) {
            List<Section> items = new ArrayList<>();
            for (WardItem item : WardItem.values()) {
                List<String> lines = opinions.stream()
                        .filter(o -> o.dossierId() == p.dossierId() && o.item() == item)
                        .map(o -> o.line(conclusions)).toList();
                items.add(new Section(Mau03Items.heading(item),
                        lines.isEmpty() ? List.of("Không có ý kiến.") : List.of(), lines, null, null));
            }
            products.add(Section.of("Sản phẩm " + p.productName() + " của " + p.producerName(), items));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("Ý kiến của các đơn vị", products));
        sections.add(Section.of("Kết luận", "Chủ trì cuộc họp thống nhất giao cán bộ phụ trách tổng hợp ý kiến của "
                + "các đơn vị, hoàn thiện báo cáo đánh giá theo Mẫu 03 trình " + ward.committee() + " ban hành.",
                "Biên bản được lập xong và thông qua tại cuộc họp."));
        return new DocumentDraft(DocumentType.BB, "Họp " + PURPOSE.substring(0, PURPOSE.indexOf(" (")), null,
                null, preamble, sections, null, secretary, null, null, null, null);
    }

    static DocumentTable productTable(List<MeetingProduct> products) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (MeetingProduct p : products) {
            rows.add(List.of(String.valueOf(++n), p.productName(), p.producerName(),
                    p.registrationNo() == null ? "" : p.registrationNo()));
        }
        return new DocumentTable(List.of("STT", "Sản phẩm", "Chủ thể", "Số phiếu đăng ký"), rows, List.of(1, 5, 5, 4));
    }

    private static String itemList() {
        List<String> names = new ArrayList<>();
        for (WardItem item : WardItem.values()) {
            names.add("(" + item.number() + ") " + Mau03Items.heading(item).replace("Về ", "").toLowerCase(
                    java.util.Locale.forLanguageTag("vi")));
        }
        return String.join(", ", names);
    }
}
