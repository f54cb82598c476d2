package ocop.documents.domain;

/**
 * The counter behind the register (bộ đếm số văn bản đi): hands out 1, 2, 3… per {@link RegisterKey}, each number
 * once, even to callers at the same moment. Implemented on PostgreSQL in the issuing transaction.
 */
@FunctionalInterface
public interface SequenceCounter {

    int next(RegisterKey key);
}
