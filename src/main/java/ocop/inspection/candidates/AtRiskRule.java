package ocop.inspection.candidates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Quy tắc "cần chú ý" về giấy chứng nhận (when a certificate puts its product at risk). Only the product's current
 * certificate counts ({@link #current}). Nothing is at risk while a re-evaluation of the product is filed and
 * undecided ({@link DossierProgress}). Otherwise:
 * <ul>
 *   <li>{@link AtRiskReason#CERTIFICATE_EXPIRING}: in the re-evaluation window or after it (RENEWAL_WINDOW,
 *       EXPIRING), or still VALID but with at most {@code withinDays} days left (setting
 *       {@code ocop.inspection.candidates.expiring-within-days}, default 210: a month before the Điều 7.6.a window
 *       opens, so the ward can remind the producer in time);</li>
 *   <li>{@link AtRiskReason#CERTIFICATE_EXPIRED}: EXPIRED — the product may still carry the mark;</li>
 *   <li>{@link AtRiskReason#CERTIFICATE_EXTENDED}: EXTENDED under Điều 12.3 though no re-evaluation is in progress
 *       any more.</li>
 * </ul>
 * Revoked and superseded certificates are not on this list (a revocation is already decided).
 */
public record AtRiskRule(int withinDays) {

    public AtRiskRule {
        if (withinDays < 0) {
            throw new IllegalArgumentException("expiring-within-days must be 0 or more: " + withinDays);
        }
    }

    public Optional<AtRiskReason> reason(CertificateStanding c, boolean reevaluationFiled, LocalDate today) {
        if (reevaluationFiled) {
            return Optional.empty();
        }
        return switch (c.status()) {
            case RENEWAL_WINDOW, EXPIRING -> Optional.of(AtRiskReason.CERTIFICATE_EXPIRING);
            case VALID -> daysLeft(c, today) <= withinDays ? Optional.of(AtRiskReason.CERTIFICATE_EXPIRING)
                    : Optional.empty();
            case EXPIRED -> Optional.of(AtRiskReason.CERTIFICATE_EXPIRED);
            case EXTENDED -> Optional.of(AtRiskReason.CERTIFICATE_EXTENDED);
            case REVOKED, SUPERSEDED -> Optional.empty();
        };
    }

    /** Days from today to the last valid day: positive ahead, 0 on it, negative once past. */
    public static long daysLeft(CertificateStanding c, LocalDate today) {
        return ChronoUnit.DAYS.between(today, c.validUntil());
    }

    /**
     * The product's current certificate among its certificates: the one in force lasting longest, or, when none is in
     * force, the latest issued (ties: the higher id).
     */
    public static Optional<CertificateStanding> current(List<CertificateStanding> ofOneProduct) {
        Optional<CertificateStanding> inForce = ofOneProduct.stream().filter(c -> c.status().inForce())
                .max(Comparator.comparing(CertificateStanding::validUntil)
                        .thenComparingLong(CertificateStanding::certificateId));
        return inForce.isPresent() ? inForce : ofOneProduct.stream()
                .max(Comparator.comparing(CertificateStanding::issuedOn)
                        .thenComparingLong(CertificateStanding::certificateId));
    }
}
