package ocop.inspection;

/** Loại lần kiểm tra: the first visit of an inspection, or a follow-up (kiểm tra lại) of a previous visit. */
public enum VisitKind {
    /** Kiểm tra lần đầu. */
    INITIAL("Kiểm tra lần đầu"),
    /** Kiểm tra lại (theo dõi khắc phục). */
    FOLLOW_UP("Kiểm tra lại");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
