package ocop.inspection;

/**
 * Tình trạng biện pháp khắc phục: open until a follow-up visit closes it (done) or it is escalated (chuyển cấp
 * trên xử lý). Overdue (quá hạn) is not a status: it is computed as open with its deadline passed.
 */
public enum ActionStatus {
    /** Đang khắc phục. */
    OPEN("Đang khắc phục"),
    /** Đã khắc phục (xác nhận khi kiểm tra lại). */
    DONE("Đã khắc phục"),
    /** Đã chuyển cấp có thẩm quyền xử lý. */
    ESCALATED("Đã chuyển xử lý");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
