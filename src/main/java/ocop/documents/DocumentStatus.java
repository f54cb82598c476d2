package ocop.documents;

/**
 * Lifecycle of an outgoing document (trạng thái văn bản): a draft, then issued and frozen, maybe replaced later; or a
 * draft thrown away before it was issued.
 */
public enum DocumentStatus {

    /** Dự thảo: editable by a ward officer, no number, no date. */
    DRAFT("Dự thảo"),
    /** Đã ban hành: numbered, dated, signed, frozen; its PDF stored with its SHA-256. */
    ISSUED("Đã ban hành"),
    /** Đã được thay thế: a later issued document replaces it; still readable, never changed. */
    REPLACED("Đã được thay thế"),
    /** Đã hủy: a draft thrown away (hủy dự thảo) with a reason; never numbered, never changed again. */
    DISCARDED("Đã hủy");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
