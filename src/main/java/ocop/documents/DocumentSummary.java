package ocop.documents;

import java.time.LocalDate;

/** One line of the register (một dòng sổ văn bản đi): number, date, type, subject, signer and state. */
public record DocumentSummary(long id, String unitCode, DocumentType type, DocumentStatus status, String subject,
                              String number, LocalDate issuedOn, String signerName, String createdBy) {
}
