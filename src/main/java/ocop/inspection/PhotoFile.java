package ocop.inspection;

/** A stored photo to send back: its type and bytes. */
public record PhotoFile(String contentType, byte[] bytes) {
}
