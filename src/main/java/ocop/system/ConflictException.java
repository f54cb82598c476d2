package ocop.system;

/** The change clashes with the stored state: a duplicate or a concurrent edit (409). */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
