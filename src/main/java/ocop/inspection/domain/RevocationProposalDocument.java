package ocop.inspection.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ocop.certification.Article8Ground;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentTable;
import ocop.documents.DocumentType;
import ocop.documents.Section;

/**
 * Văn bản đề nghị thu hồi Giấy chứng nhận sản phẩm OCOP: what the ward sends the province when an inspection concludes
 * that a certificate should be revoked (QĐ 26/2026/QĐ-TTg Điều 8: the ground of khoản 1, the deciding authority of
 * khoản 2 — the provincial chairman for 3★ and 4★, the Minister of Agriculture and Environment for 5★ — and the steps of
 * khoản 3, where the OCOP agency checks and submits). A công văn ("V/v đề nghị thu hồi …") or a tờ trình, a setting,
 * addressed to the provincial People's Committee: the product, the producer, the certificate (number, stars,
 * recognition decision), the inspection (day, inspectors, findings, conclusion) and the proposal citing the ground.
 */
public final class RevocationProposalDocument {

    static final String DECISION = "Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026 của Thủ tướng Chính phủ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The ward and its province as documents name them ("Phường Long Khánh", "Tỉnh Đồng Nai", the OCOP agency). */
    public record Parties(String wardName, String provinceName, String provinceAgency) {

        /** "Ủy ban nhân dân phường Long Khánh". */
        String ward() {
            return "Ủy ban nhân dân " + lowerFirst(wardName);
        }

        /** "Ủy ban nhân dân tỉnh Đồng Nai". */
        String province() {
            return "Ủy ban nhân dân " + lowerFirst(provinceName);
        }

        /** "Sở Nông nghiệp và Môi trường tỉnh Đồng Nai". */
        String agency() {
            return provinceAgency + " " + lowerFirst(provinceName);
        }
    }

    /** The certificate to revoke as certification records it (null fields: not recorded). */
    public record Certificate(String number, int stars, String decisionNo, LocalDate decisionDate, LocalDate issuedOn,
                              LocalDate validUntil) {
    }

    /** A finding of the visit: the checklist item's text (null when none), the finding and its severity label. */
    public record Finding(String itemText, String text, String severity) {
    }

    /**
     * The inspection: product and producer, the certificate (null when certification has none for the product),
     * why the visit was made ("theo Kế hoạch …", "kiểm tra đột xuất: …"), the day, the inspectors, the findings, the
     * checklist items not met, the ground and the conclusion in words, and the number of photos taken.
     */
    public record Inspection(String productName, String producerName, Certificate certificate, String origin,
                             LocalDate visitedOn, List<String> inspectors, List<Finding> findings,
                             List<String> itemsNotMet, Article8Ground ground, String conclusion, int photos) {
    }

    private RevocationProposalDocument() {
    }

    public static DocumentDraft draft(DocumentType type, Parties parties, Inspection in, String unitCode) {
        if (type != DocumentType.CV && type != DocumentType.TTr) {
            throw new IllegalArgumentException("a revocation proposal is a CV or a TTr");
        }
        String subject = (type == DocumentType.CV ? "V/v đề nghị" : "Đề nghị")
                + " thu hồi Giấy chứng nhận sản phẩm OCOP";
        List<Section> sections = List.of(
                new Section(null, List.of("Căn cứ Điều 8 " + DECISION + " ban hành Bộ tiêu chí và quy trình đánh giá, "
                        + "phân hạng sản phẩm mỗi xã một sản phẩm; ngày " + DATE.format(in.visitedOn()) + ", "
                        + parties.ward() + " đã kiểm tra việc duy trì tiêu chí của sản phẩm OCOP "
                        + in.productName() + " (" + in.origin() + "). Kết quả như sau:"), null, null, null),
                new Section("Thông tin sản phẩm và giấy chứng nhận", null, product(in), null, null),
                new Section("Kết quả kiểm tra", result(in), null, null, findings(in)),
                new Section("Đề nghị", proposal(parties, in), null, null, null));
        List<String> copyTo = new ArrayList<>(List.of(parties.agency(), in.producerName() + " (chủ thể OCOP)"));
        return new DocumentDraft(type, subject, List.of(parties.province()), null, null, sections, copyTo, null, null,
                null, unitCode, null);
    }

    private static List<String> product(Inspection in) {
        List<String> lines = new ArrayList<>(List.of("Sản phẩm: " + in.productName() + ".",
                "Chủ thể OCOP: " + in.producerName() + "."));
        Certificate c = in.certificate();
        if (c == null) {
            lines.add("Giấy chứng nhận: chưa có trong sổ theo dõi của phường; đề nghị cơ quan tham mưu quản lý OCOP "
                    + "của tỉnh đối chiếu.");
            return lines;
        }
        lines.add("Giấy chứng nhận sản phẩm OCOP số " + orBlank(c.number()) + ", hạng " + c.stars() + " sao"
                + (c.issuedOn() == null ? "" : ", cấp ngày " + DATE.format(c.issuedOn()))
                + (c.validUntil() == null ? "" : ", hiệu lực đến ngày " + DATE.format(c.validUntil())) + ".");
        if (c.decisionNo() != null) {
            lines.add("Quyết định công nhận số " + c.decisionNo()
                    + (c.decisionDate() == null ? "" : " ngày " + DATE.format(c.decisionDate())) + ".");
        }
        return lines;
    }

    private static List<String> result(Inspection in) {
        List<String> lines = new ArrayList<>(List.of("Ngày kiểm tra: " + DATE.format(in.visitedOn()) + ".",
                "Người kiểm tra: " + String.join(", ", in.inspectors()) + "."));
        if (!in.itemsNotMet().isEmpty()) {
            lines.add("Nội dung không đạt: " + String.join("; ", in.itemsNotMet()) + ".");
        }
        if (in.photos() > 0) {
            lines.add("Ảnh hiện trường: " + in.photos() + " ảnh, lưu cùng biên bản kiểm tra.");
        }
        return lines;
    }

    private static List<Section> findings(Inspection in) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Finding f : in.findings()) {
            rows.add(List.of(String.valueOf(++n), f.itemText() == null ? "" : f.itemText(), f.text(), f.severity()));
        }
        List<Section> parts = new ArrayList<>();
        if (rows.isEmpty()) {
            parts.add(new Section("Các phát hiện", List.of("Không ghi nhận phát hiện riêng ngoài kết luận dưới đây."),
                    null, null, null));
        } else {
            parts.add(new Section("Các phát hiện", null, null, new DocumentTable(List.of("STT", "Nội dung kiểm tra",
                    "Phát hiện", "Mức độ"), rows, List.of(1, 5, 6, 3)), null));
        }
        parts.add(new Section("Kết luận", List.of(in.conclusion()), null, null, null));
        return parts;
    }

    private static List<String> proposal(Parties parties, Inspection in) {
        Article8Ground g = in.ground();
        String certificate = in.certificate() == null ? "Giấy chứng nhận sản phẩm OCOP"
                : "Giấy chứng nhận sản phẩm OCOP số " + orBlank(in.certificate().number());
        boolean fiveStars = in.certificate() != null && in.certificate().stars() == 5;
        String decide = fiveStars
                ? "xem xét, đề nghị Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định thu hồi " + certificate
                        + " của sản phẩm " + in.productName() + " (sản phẩm 5 sao, điểm b khoản 2 Điều 8)"
                : "xem xét, quyết định thu hồi " + certificate + " của sản phẩm " + in.productName()
                        + " theo thẩm quyền quy định tại điểm a khoản 2 Điều 8";
        return List.of("Căn cứ điểm " + g.letter() + " khoản 1 Điều 8 " + DECISION + " (" + lowerFirst(g.label())
                        + "), " + parties.ward() + " đề nghị " + parties.province() + " " + decide + ".",
                "Hồ sơ kèm theo: biên bản kiểm tra ngày " + DATE.format(in.visitedOn())
                        + (in.photos() > 0 ? " và ảnh hiện trường." : "."),
                parties.ward() + " kính đề nghị " + parties.province() + " xem xét, chỉ đạo " + parties.agency()
                        + " kiểm tra, xác minh và trình cấp có thẩm quyền theo khoản 3 Điều 8.");
    }

    private static String orBlank(String s) {
        return s == null ? "(chưa ghi số)" : s;
    }

    static String lowerFirst(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + name.substring(1);
    }
}
