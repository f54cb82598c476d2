package ocop.inspection;

/** Tình trạng kế hoạch kiểm tra: a draft, approved by the ward's leadership (or the province), or closed. */
public enum PlanStatus {
    /** Dự thảo. */
    DRAFT("Dự thảo"),
    /** Đã phê duyệt. */
    APPROVED("Đã phê duyệt"),
    /** Đã kết thúc. */
    CLOSED("Đã kết thúc");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
