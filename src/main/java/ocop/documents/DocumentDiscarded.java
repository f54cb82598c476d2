package ocop.documents;

/**
 * A draft was discarded (dự thảo đã bị hủy): published in the discarding transaction. Modules that keep a link to the
 * draft drop it, so their officer can draft again.
 */
public record DocumentDiscarded(long documentId, String unitCode, DocumentType type, String reason) {
}
