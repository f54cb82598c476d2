package ocop.criteria;

/** Tình trạng bộ tiêu chí (sheet status): only {@code OFFICIAL} and {@code HISTORICAL} sheets are ever selected. */
public enum SheetStatus {
    /** Chính thức: the text of the decision in force (transcribed; see {@code checkedAgainstSignedText}). */
    OFFICIAL,
    /** Lịch sử: a past sheet, kept for dossiers submitted while it was in force. */
    HISTORICAL,
    /** Dự thảo: being prepared; never used to score. */
    DRAFT
}
