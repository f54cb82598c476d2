package ocop.inspection.candidates;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import ocop.certification.CertificateStatus;

/**
 * Quy tắc "dùng biểu trưng OCOP sau khi hết hiệu lực" (Điều 9.3.b: no OCOP mark or stars once the certificate has
 * ended). A product is on the at-risk list for this reason when its <em>latest</em> submitted visit ({@link #latest})
 * recorded the mark used wrongly ({@link LogoCheck#markMisused}) on a day its current certificate
 * ({@link AtRiskRule#current}) no longer allowed the mark ({@link #markEndedOn}):
 * <ul>
 *   <li>EXPIRED: from the day after its valid-until day;</li>
 *   <li>REVOKED: from the revocation day (from the issue day when that day is not recorded);</li>
 *   <li>EXTENDED is not counted: under Điều 12.3 the certificate stays valid while the re-evaluation is decided, so the
 *       mark may still be used (an extension without a re-evaluation in progress is already on the list as
 *       {@link AtRiskReason#CERTIFICATE_EXTENDED}); VALID, in the window, EXPIRING: in force; SUPERSEDED: a newer
 *       certificate governs.</li>
 * </ul>
 * A later visit that found the labels in order clears the product; a visit made while the certificate was still in
 * force says nothing about use after it ended.
 */
public final class LogoAfterExpiryRule {

    /** The code of the checklist section on the OCOP mark and stars on labels. */
    public static final String SECTION = "LOGO";

    private static final Comparator<LogoCheck> ORDER = Comparator.comparing(LogoCheck::visitedOn)
            .thenComparingLong(LogoCheck::visitId);

    private LogoAfterExpiryRule() {
    }

    /** The latest submitted visit of each product: the latest day, then the visit recorded last. */
    public static Map<Long, LogoCheck> latest(Collection<LogoCheck> checks) {
        return checks.stream().collect(Collectors.toMap(LogoCheck::productId, Function.identity(),
                BinaryOperator.maxBy(ORDER)));
    }

    /** The first day the certificate no longer lets the product use the mark, or empty while it does. */
    public static Optional<LocalDate> markEndedOn(CertificateStanding current, LocalDate revokedOn) {
        return switch (current.status()) {
            case EXPIRED -> Optional.of(current.validUntil().plusDays(1));
            case REVOKED -> Optional.of(revokedOn != null ? revokedOn : current.issuedOn());
            case VALID, RENEWAL_WINDOW, EXPIRING, EXTENDED, SUPERSEDED -> Optional.empty();
        };
    }

    /**
     * The day a row of this reason counts to: the last valid day of an expired certificate (as the certificate reasons
     * count, so both rows of a product show the same days), the revocation day of a revoked one; empty while the mark
     * is allowed.
     */
    public static Optional<LocalDate> dueOn(CertificateStanding current, LocalDate revokedOn) {
        return markEndedOn(current, revokedOn).map(ended -> current.status() == CertificateStatus.EXPIRED
                ? current.validUntil() : ended);
    }

    /** Whether the latest visit saw the mark used after the certificate stopped allowing it. */
    public static boolean applies(CertificateStanding current, LocalDate revokedOn, LogoCheck latest) {
        return latest != null && latest.markMisused() && markEndedOn(current, revokedOn)
                .filter(ended -> !latest.visitedOn().isBefore(ended)).isPresent();
    }
}
