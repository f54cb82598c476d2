package ocop.inspection;

/**
 * Người kiểm tra (an inspector): an account of the system ({@code userId}) or a person from another office named only
 * ({@code userId} null). The name is always kept, as printed on the record.
 */
public record Inspector(Long userId, String name) {
}
