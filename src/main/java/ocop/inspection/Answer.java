package ocop.inspection;

/** Kết quả một mục kiểm tra (the answer to one checklist item). */
public enum Answer {
    /** Đạt. */
    MEETS("Đạt"),
    /** Không đạt: needs a note or a finding before the visit is submitted. */
    NOT_MEETS("Không đạt"),
    /** Không áp dụng. */
    NOT_APPLICABLE("Không áp dụng");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
