package ocop.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One document as a reader sees it (văn bản): its content, state and, once issued, number ("05/BC-UBND"), date,
 * signer and the SHA-256 of the stored PDF; once discarded, who discarded it, when and why.
 */
public record DocumentView(long id, String unitCode, DocumentType type, DocumentStatus status, String subject,
                           String number, LocalDate issuedOn, String issuedBy, Long signerId, String signerName,
                           Long replacesId, Long replacedById, String pdfSha256, String createdBy,
                           OffsetDateTime createdAt, int version, DocumentContent content, Discard discard) {

    /** Why and by whom a draft was discarded (hủy dự thảo). */
    public record Discard(String reason, String by, OffsetDateTime at) {
    }

    public boolean draft() {
        return status == DocumentStatus.DRAFT;
    }

    /** Issued (ban hành), whether or not a later document replaced it since. */
    public boolean issued() {
        return status == DocumentStatus.ISSUED || status == DocumentStatus.REPLACED;
    }

    public boolean discarded() {
        return status == DocumentStatus.DISCARDED;
    }
}
