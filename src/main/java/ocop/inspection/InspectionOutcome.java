package ocop.inspection;

/** Kết luận kiểm tra (the outcome of an inspection visit, Điều 9.3 and, for a revocation, Điều 8.1). */
public enum InspectionOutcome {
    /** Sản phẩm duy trì các tiêu chí. */
    CRITERIA_MAINTAINED("Sản phẩm duy trì các tiêu chí"),
    /** Yêu cầu khắc phục. */
    CORRECTIVE_ACTION_REQUIRED("Yêu cầu khắc phục"),
    /** Đề nghị thu hồi giấy chứng nhận (naming a ground of Điều 8.1). */
    PROPOSE_REVOCATION("Đề nghị thu hồi giấy chứng nhận");

    private final String label;

    InspectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
