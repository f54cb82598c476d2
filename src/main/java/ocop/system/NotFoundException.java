package ocop.system;

/** The record does not exist, or is outside what the signed-in user may see (404, never a hint which). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
