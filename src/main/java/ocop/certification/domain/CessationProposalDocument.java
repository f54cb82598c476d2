package ocop.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentType;
import ocop.documents.Section;

/**
 * Công văn xác nhận chủ thể không còn sản xuất sản phẩm OCOP và đề nghị thu hồi giấy chứng nhận: the ward's letter to
 * the province's OCOP body (QĐ 26/2026/QĐ-TTg Điều 8.1.đ, 8.2, 8.4 and the commune's duty of Điều 10.4) — the legal
 * basis, the confirmation (producer, product, certificate, stars, recognition decision, the day production stopped
 * and how it was verified), the proposal that the competent authority revoke the certificate (the provincial
 * chairman for 3★–4★; for 5★ the Minister of Agriculture and Environment, through the province) and the 15-day
 * time limit counted from this confirmation.
 */
public final class CessationProposalDocument {

    /** The default addressee's body; the province's name follows ("Sở Nông nghiệp và Môi trường tỉnh Đồng Nai"). */
    public static final String PROVINCE_AGENCY = "Sở Nông nghiệp và Môi trường";
    public static final String SUBJECT = "V/v xác nhận chủ thể không còn sản xuất sản phẩm OCOP và đề nghị thu hồi "
            + "Giấy chứng nhận";
    private static final String DECISION_SHORT = "Quyết định số 26/2026/QĐ-TTg";

    /**
     * What the letter needs: the ward and its province as named ("Phường Long Khánh", "Tỉnh Đồng Nai"), the
     * addressee, the certificate's facts, the confirmation, the time limit and the unit (for an admin drafting).
     */
    public record Facts(String unitName, String provinceName, String recipient, String producerName,
                        String productName, String certificateNumber, int stars, LocalDate issuedOn,
                        LocalDate validUntil, String decisionNo, LocalDate decisionDate,
                        CessationConfirmation confirmation, RevocationDeadline deadline, String unitCode) {
    }

    private CessationProposalDocument() {
    }

    /** The default addressee: the province's Department of Agriculture and Environment. */
    public static String defaultRecipient(String provinceName) {
        return PROVINCE_AGENCY + " " + WardWording.lowerFirst(provinceName);
    }

    public static DocumentDraft draft(Facts f) {
        String committee = WardWording.committee(f.unitName());
        String province = WardWording.committee(f.provinceName());
        String certificate = "Giấy chứng nhận sản phẩm OCOP số " + WardWording.number(f.certificateNumber());
        List<String> preamble = List.of(
                "Căn cứ điểm đ khoản 1, khoản 2 và khoản 4 Điều 8 " + WardWording.DECISION + ": giấy chứng nhận "
                        + "sản phẩm OCOP bị thu hồi khi chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP; thời "
                        + "gian thu hồi giấy chứng nhận là " + f.deadline().days() + " ngày kể từ ngày có xác nhận của "
                        + "Ủy ban nhân dân cấp xã về việc chủ thể OCOP không còn sản xuất sản phẩm OCOP.",
                committee + " xác nhận và đề nghị như sau:");
        List<Section> sections = List.of(
                new Section("Xác nhận chủ thể không còn sản xuất sản phẩm OCOP", List.of(committee + " xác nhận:"),
                        facts(f, certificate), null, List.of(new Section(null, List.of("Trường hợp trên thuộc căn cứ "
                        + "thu hồi giấy chứng nhận quy định tại điểm đ khoản 1 Điều 8 " + DECISION_SHORT + ": "
                        + RevocationGround.DD.label() + "."), null, null, null))),
                Section.of("Đề nghị thu hồi giấy chứng nhận", proposal(f, committee, province, certificate)),
                Section.of("Thời hạn thu hồi", "Theo khoản 4 Điều 8 " + DECISION_SHORT + ", thời gian thu hồi giấy "
                        + "chứng nhận là " + f.deadline().days() + " ngày kể từ ngày có xác nhận của Ủy ban nhân dân "
                        + "cấp xã về việc chủ thể OCOP không còn sản xuất sản phẩm OCOP. Văn bản này là xác nhận đó: "
                        + "thời hạn " + f.deadline().days() + " ngày được tính từ ngày ban hành văn bản này."),
                new Section(null, List.of(committee + " kính đề nghị " + f.recipient() + " xem xét, thực hiện."),
                        null, null, null));
        List<String> copyTo = List.of(province + " (để báo cáo)", f.producerName() + " (để biết)");
        return new DocumentDraft(DocumentType.CV, SUBJECT, List.of(f.recipient()), null, preamble, sections, copyTo,
                null, null, null, f.unitCode(), null);
    }

    private static List<String> facts(Facts f, String certificate) {
        CessationConfirmation c = f.confirmation();
        List<String> out = new ArrayList<>();
        out.add("Chủ thể OCOP: " + f.producerName());
        out.add("Sản phẩm: " + f.productName() + ", được công nhận sản phẩm OCOP " + f.stars() + " sao");
        out.add(certificate + " cấp ngày " + WardWording.day(f.issuedOn()) + ", có hiệu lực đến ngày "
                + WardWording.day(f.validUntil()));
        if (f.decisionNo() != null && !f.decisionNo().isBlank()) {
            out.add("Quyết định công nhận số " + f.decisionNo()
                    + (f.decisionDate() == null ? "" : " ngày " + WardWording.day(f.decisionDate())));
        }
        out.add("Chủ thể không còn sản xuất sản phẩm từ ngày " + WardWording.day(c.stoppedOn()));
        out.add("Cách thức xác minh: " + c.verifiedHow());
        if (c.note() != null) {
            out.add("Ghi chú: " + c.note());
        }
        return out;
    }

    private static String proposal(Facts f, String committee, String province, String certificate) {
        String ask = committee + " đề nghị " + f.recipient() + " kiểm tra, xác minh, ";
        if (RevocationGround.authority(f.stars()) == RevocationGround.Authority.MINISTRY) {
            return ask + "tham mưu " + province + " báo cáo, đề nghị Bộ trưởng Bộ Nông nghiệp và Môi trường xem xét, "
                    + "quyết định thu hồi " + certificate + " (sản phẩm OCOP 5 sao) theo điểm b khoản 2 và khoản 3 "
                    + "Điều 8 " + DECISION_SHORT + ".";
        }
        return ask + "tham mưu trình Chủ tịch " + province + " xem xét, quyết định thu hồi " + certificate
                + " (sản phẩm OCOP " + f.stars() + " sao) theo điểm a khoản 2 và khoản 3 Điều 8 " + DECISION_SHORT
                + ".";
    }
}
