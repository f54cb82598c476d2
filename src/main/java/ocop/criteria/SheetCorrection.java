package ocop.criteria;

/**
 * Đính chính (correction): a value of the sheet that differs from the copy it was transcribed from.
 *
 * @param target a criterion code, or criterion and option such as {@code 7/c}
 * @param field  the corrected field, e.g. {@code points}
 * @param from   the value in the copy, as text
 * @param to     the value used, as text
 * @param reason why
 */
public record SheetCorrection(String target, String label, String field, String from, String to, String reason) {
}
