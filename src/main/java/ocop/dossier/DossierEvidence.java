package ocop.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A piece of evidence of a dossier (tài liệu minh chứng): the checklist item it answers ({@code E01}…), the file
 * (name, type checked from its content, size, SHA-256) and the paper's issuer, number, issue and expiry dates, so a
 * renewal can reuse what is still valid.
 */
public record DossierEvidence(long id, String itemCode, String fileName, String contentType, long sizeBytes,
                              String sha256, String issuer, String number, LocalDate issuedOn, LocalDate expiresOn,
                              String uploadedBy, OffsetDateTime uploadedAt) {
}
