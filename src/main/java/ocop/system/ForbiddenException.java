package ocop.system;

/** The signed-in user's role may not do this (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
