package ocop.inspection.candidates;

/**
 * Sẵn sàng đánh giá hay chưa, và vì sao (whether a product is ready for evaluation, and if not the first reason found
 * in this order).
 */
public enum Readiness {
    READY,
    /** Đã có giấy chứng nhận còn hiệu lực: an upgrade or re-evaluation matter, not this list. */
    CERTIFICATE_IN_FORCE,
    /** Đã bị thu hồi (Điều 8): the ward first settles why. */
    REVOKED,
    /** Đã nộp hồ sơ, đang xử lý: already being evaluated. */
    DOSSIER_FILED,
    /** Chưa có phiếu tự đánh giá hoàn thành. */
    NO_COMPLETED_SELF_ASSESSMENT,
    /** Thuộc điều kiện loại. */
    DISQUALIFIED,
    /** Điểm đủ hạng nhưng chưa đạt yêu cầu tối thiểu. */
    MINIMUM_REQUIREMENT_MISSED,
    /** Điểm chưa đủ hạng được công nhận. */
    BELOW_CERTIFIABLE
}
