package ocop.inspection;

/** Tình trạng biên bản kiểm tra: a draft saved as the inspector goes, or submitted with its outcome. */
public enum VisitStatus {
    /** Đang ghi (bản nháp). */
    DRAFT("Đang ghi"),
    /** Đã hoàn thành. */
    SUBMITTED("Đã hoàn thành");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
