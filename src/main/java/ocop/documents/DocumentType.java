package ocop.documents;

/**
 * Document type (loại văn bản hành chính), with the abbreviation of Nghị định 30/2020/NĐ-CP Phụ lục III mục I.
 * A công văn ({@link #CV}) has no type abbreviation: its symbol is the body's and the drafting unit's
 * ({@code UBND-KT}). The constants are spelled as the codes the API accepts ({@code "TTr"}).
 */
public enum DocumentType {

    /** Kế hoạch. */
    KH("Kế hoạch", "KH"),
    /** Báo cáo. */
    BC("Báo cáo", "BC"),
    /** Tờ trình. */
    TTr("Tờ trình", "TTr"),
    /** Công văn: no type name, "V/v …" under its number. */
    CV("Công văn", null),
    /** Biên bản: no place-date line. */
    BB("Biên bản", "BB"),
    /** Giấy mời. */
    GM("Giấy mời", "GM"),
    /** Thông báo. */
    TB("Thông báo", "TB"),
    /** Quyết định (cá biệt). */
    QD("Quyết định", "QĐ");

    private final String label;
    private final String abbreviation;

    DocumentType(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    /** The Vietnamese name, e.g. "Báo cáo". */
    public String label() {
        return label;
    }

    /** The abbreviation of Phụ lục III ("BC", "QĐ"), or {@code null} for a công văn. */
    public String abbreviation() {
        return abbreviation;
    }
}
