package ocop.documents;

import java.time.LocalDate;

/**
 * A leader issued a document (văn bản đã được ban hành): published in the issuing transaction, with the number and
 * symbol as printed ("05/BC-UBND").
 */
public record DocumentIssued(long id, String unitCode, DocumentType type, String number, LocalDate issuedOn) {
}
