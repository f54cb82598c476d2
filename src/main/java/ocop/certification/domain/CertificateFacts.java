package ocop.certification.domain;

import java.time.LocalDate;

/**
 * Những gì quyết định tình trạng (the facts a status is computed from): issue date, last valid day, the regime it was
 * issued under, and the events — revocation, supersession, a re-evaluation in progress.
 *
 * @param regime                 {@link Regime#LEGACY_148_1489} certificates keep their stated end date (Điều 12.1)
 * @param revokedOn              the effective date of a revocation decision, or null
 * @param supersededOn           the issue date of the certificate that replaced it, or null
 * @param reevaluationInProgress a re-evaluation dossier is filed and not yet decided
 */
public record CertificateFacts(LocalDate issuedOn, LocalDate validUntil, Regime regime, LocalDate revokedOn,
                               LocalDate supersededOn, boolean reevaluationInProgress) {

    /** Căn cứ cấp (the rules a certificate was issued under). */
    public enum Regime {
        /** QĐ 26/2026/QĐ-TTg. */
        DECREE_26,
        /** QĐ 148/QĐ-TTg or QĐ 1489 (before 22/05/2026); valid to the end date printed on it (Điều 12.1). */
        LEGACY_148_1489
    }

    public CertificateFacts {
        if (issuedOn == null || validUntil == null) {
            throw new IllegalArgumentException("issuedOn and validUntil");
        }
        if (regime == null) {
            regime = Regime.DECREE_26;
        }
    }

    /** A certificate with no events. */
    public static CertificateFacts of(LocalDate issuedOn, LocalDate validUntil) {
        return new CertificateFacts(issuedOn, validUntil, Regime.DECREE_26, null, null, false);
    }

    public CertificateFacts withReevaluationInProgress(boolean inProgress) {
        return new CertificateFacts(issuedOn, validUntil, regime, revokedOn, supersededOn, inProgress);
    }
}
