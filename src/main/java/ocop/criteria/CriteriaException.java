package ocop.criteria;

import java.util.List;

/**
 * Lỗi bộ tiêu chí (criteria error): an unknown sheet, item, option or knock-out code, a malformed sheet, or a sheet
 * that breaks the format's rules. The API layer turns it into 400.
 */
public class CriteriaException extends RuntimeException {

    private final String code;
    private final String field;
    private final List<String> errors;

    /**
     * @param code  what kind of problem, e.g. {@code UNKNOWN_ITEM}, {@code INVALID_SHEET}
     * @param field what is wrong, e.g. {@code answers.1.9} or the sheet code
     */
    public CriteriaException(String code, String field, String message) {
        this(code, field, message, List.of(message));
    }

    public CriteriaException(String code, String field, String message, List<String> errors) {
        super(message);
        this.code = code;
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    /** Every error in one list (a sheet that breaks several rules lists them all). */
    public static CriteriaException invalidSheet(String sheet, List<String> errors) {
        String message = "Bộ tiêu chí " + sheet + " không hợp lệ (" + errors.size() + " lỗi): "
                + String.join("; ", errors);
        return new CriteriaException("INVALID_SHEET", sheet, message, errors);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<String> errors() {
        return errors;
    }
}
