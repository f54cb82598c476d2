package ocop.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentType;
import ocop.documents.Section;
import ocop.dossier.WardItem;

/**
 * The ward's report in the layout of form Mẫu 03 (Báo cáo đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh
 * giá, phân hạng sản phẩm OCOP, QĐ 26/2026/QĐ-TTg Phụ lục III): I. general information on the producer and product;
 * II. the four items, each with the producer's description, its self-score, the ward's findings, the evidence and
 * the conclusion (and the units' opinions when a meeting was held); then the closing request to the province. Drafted
 * as a report (BC) and signed "TM. ỦY BAN NHÂN DÂN".
 */
public final class Mau03Report {

    public static final String TITLE = "Đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản "
            + "phẩm OCOP";

    /** Part I of the form: the producer and the product registered. */
    public record Producer(String name, String type, String address, String representative, String gender,
                           String ethnicity, String representativeAddress, String productName, String registrationNo) {
    }

    /** One item of part II, texts ready to print. */
    public record Item(WardItem item, String producerDescription, String selfAssessment, String findings,
                       String evidenceNote, String conclusion, List<String> opinions) {
    }

    private Mau03Report() {
    }

    public static DocumentDraft draft(WardBody ward, Producer p, List<Item> items) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Thông tin chung về hồ sơ sản phẩm", List.of(
                "1. Tên chủ thể: " + dash(p.name()),
                "2. Loại hình tổ chức: " + dash(p.type()),
                "3. Địa chỉ: " + dash(p.address()),
                "4. Tên người đại diện pháp luật:",
                "- Họ tên: " + dash(p.representative()),
                "- Giới tính: " + dash(p.gender()) + "; Dân tộc: " + dash(p.ethnicity()),
                "- Địa chỉ thường trú: " + dash(p.representativeAddress()),
                "5. Sản phẩm đăng ký đánh giá: " + dash(p.productName())
                        + (p.registrationNo() == null ? "" : " (Phiếu đăng ký số " + p.registrationNo() + ")")),
                null, null, null));
        List<Section> assessed = new ArrayList<>();
        for (Item item : items) {
            assessed.add(itemSection(ward, item));
        }
        sections.add(Section.of("Đánh giá một số nội dung của hồ sơ sản phẩm", assessed));
        sections.add(new Section(null, List.of(ward.committee() + " đề nghị " + ward.provinceCommittee()
                + " đánh giá, phân hạng sản phẩm OCOP cho sản phẩm " + p.productName() + " của " + p.name() + "."),
                null, null, null));
        return new DocumentDraft(DocumentType.BC, TITLE + " (sản phẩm " + p.productName() + ")", List.of(), List.of(),
                List.of(), sections, List.of(ward.provinceCommittee(), ward.agency(), p.name()), null, null, null,
                null, null);
    }

    private static Section itemSection(WardBody ward, Item item) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Mô tả của chủ thể: " + dash(item.producerDescription()));
        if (item.selfAssessment() != null && !item.selfAssessment().isBlank()) {
            paragraphs.add("Chủ thể tự đánh giá: " + item.selfAssessment());
        }
        paragraphs.add("Đánh giá của " + ward.committee() + ": " + dash(item.findings()));
        if (item.evidenceNote() != null && !item.evidenceNote().isBlank()) {
            paragraphs.add("Minh chứng: " + item.evidenceNote());
        }
        if (!item.opinions().isEmpty()) {
            paragraphs.add("Ý kiến các đơn vị tại cuộc họp: " + String.join("; ", item.opinions()) + ".");
        }
        paragraphs.add("Kết luận: " + dash(item.conclusion()) + ".");
        return new Section(Mau03Items.heading(item.item()), paragraphs, null, null, null);
    }

    static String dash(String s) {
        return s == null || s.isBlank() ? "…" : s;
    }
}
