package ocop.system;

/** A message about one input field, in Vietnamese, shown next to the field or in a problem+json body. */
public record FieldError(String field, String message) {
}
