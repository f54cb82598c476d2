package ocop.inspection;

/** Mức độ của phát hiện (severity of a finding). */
public enum Severity {
    /** Nhẹ. */
    MINOR("Nhẹ"),
    /** Nghiêm trọng. */
    MAJOR("Nghiêm trọng"),
    /** Đặc biệt nghiêm trọng. */
    CRITICAL("Đặc biệt nghiêm trọng");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** MAJOR and CRITICAL: while one has an unresolved action the criteria cannot be concluded as maintained. */
    public boolean serious() {
        return this != MINOR;
    }
}
