package ocop.inspection;

/** Lý do kiểm tra đột xuất (why an ad-hoc inspection is raised, Điều 9.2.a). */
public enum AdHocReason {
    /** Giấy chứng nhận hết hiệu lực (the source is the certificate id). */
    EXPIRED_CERTIFICATE("Giấy chứng nhận hết hiệu lực"),
    /** Phản ánh, khiếu nại (the source is the complaint's reference). */
    COMPLAINT("Phản ánh, khiếu nại"),
    /** Lý do khác. */
    OTHER("Lý do khác");

    private final String label;

    AdHocReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
