package ocop.documents;

import java.time.LocalDate;

/** The outcome of issuing (ban hành): the number and symbol ("05/BC-UBND"), the date and the PDF's SHA-256. */
public record IssuedDocument(long id, String number, LocalDate issuedOn, String pdfSha256) {
}
