package ocop.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One document as a reader sees it (văn bản): its content, state and, once issued, number ("05/BC-UBND"), date,
 * signer and the SHA-256 of the stored PDF.
 */
public record DocumentView(long id, String unitCode, DocumentType type, DocumentStatus status, String subject,
                           String number, LocalDate issuedOn, String issuedBy, Long signerId, String signerName,
                           Long replacesId, Long replacedById, String pdfSha256, String createdBy,
                           OffsetDateTime createdAt, int version, DocumentContent content) {

    public boolean draft() {
        return status == DocumentStatus.DRAFT;
    }
}
