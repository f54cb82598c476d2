package ocop.inspection.candidates;

/**
 * Lý do cần chú ý (why a product is on the at-risk list): three about its certificate ({@link AtRiskRule}), one about
 * corrective actions past their deadline ({@link OverdueFindingsRule}) and one about the OCOP mark still used after
 * the certificate ended ({@link LogoAfterExpiryRule}). The name is the row's {@code reasonCode}, the label its reason.
 */
public enum AtRiskReason {
    /** Sắp hết hiệu lực and no re-evaluation filed. */
    CERTIFICATE_EXPIRING("Giấy chứng nhận sắp hết hiệu lực, chưa nộp hồ sơ đánh giá lại"),
    /** Hết hiệu lực: the product may still carry the OCOP mark and stars. */
    CERTIFICATE_EXPIRED("Giấy chứng nhận đã hết hiệu lực, sản phẩm có thể vẫn dùng nhãn OCOP"),
    /** Kept valid under Điều 12.3, but no re-evaluation is in progress any more. */
    CERTIFICATE_EXTENDED("Đang giữ hiệu lực theo Điều 12.3 nhưng không còn hồ sơ đánh giá lại đang xử lý"),
    /** Phát hiện khi kiểm tra chưa được khắc phục: a corrective action still open after its deadline. */
    FINDING_OVERDUE("Có phát hiện khi kiểm tra chưa được khắc phục, đã quá thời hạn khắc phục"),
    /** Lần kiểm tra gần nhất ghi nhận vẫn dùng biểu trưng OCOP, hạng sao khi giấy chứng nhận đã hết hiệu lực. */
    LOGO_AFTER_EXPIRY("Vẫn sử dụng biểu trưng OCOP, hạng sao trên nhãn khi giấy chứng nhận đã hết hiệu lực hoặc bị "
            + "thu hồi");

    private final String label;

    AtRiskReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
