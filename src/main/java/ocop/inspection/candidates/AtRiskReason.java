package ocop.inspection.candidates;

/** Lý do cần chú ý về giấy chứng nhận (why a certificate puts its product on the at-risk list). */
public enum AtRiskReason {
    /** Sắp hết hiệu lực and no re-evaluation filed. */
    CERTIFICATE_EXPIRING("Giấy chứng nhận sắp hết hiệu lực, chưa nộp hồ sơ đánh giá lại"),
    /** Hết hiệu lực: the product may still carry the OCOP mark and stars. */
    CERTIFICATE_EXPIRED("Giấy chứng nhận đã hết hiệu lực, sản phẩm có thể vẫn dùng nhãn OCOP"),
    /** Kept valid under Điều 12.3, but no re-evaluation is in progress any more. */
    CERTIFICATE_EXTENDED("Đang giữ hiệu lực theo Điều 12.3 nhưng không còn hồ sơ đánh giá lại đang xử lý");

    private final String label;

    AtRiskReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
