package ocop.documents.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentType;

/**
 * One row of {@code documents.document} (văn bản đi), with the signer's name and the stored PDF's hash joined in; the
 * discard columns are set only for a discarded draft.
 */
record DocumentRow(long id, String unitCode, String provinceCode, DocumentType type, String subject, String contentJson,
                   Long signerId, String signerName, DocumentStatus status, int registerYear, Integer sequence,
                   String symbol, String numberText, LocalDate issuedOn, String issuedBy, String frameJson,
                   Long replacesId, Long replacedById, String createdBy, OffsetDateTime createdAt, int version,
                   String pdfSha256, OffsetDateTime discardedAt, String discardedBy, String discardReason) {
}
