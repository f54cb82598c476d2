package ocop.certification.domain;

import java.time.LocalDate;

/**
 * Giữ hiệu lực chuyển tiếp (transitional extension), QĐ 26/2026/QĐ-TTg Điều 12.3: a certificate whose
 * re-evaluation could not be filed within the Điều 7.6.a window stays valid until the authority decides, but at most
 * {@code maxDaysAfterExpiry} (180) days after its expiry. The decree does not say exactly who qualifies, so the
 * condition is explicit here and configurable ({@code ocop.certification.extension.*}):
 * <ul>
 *   <li>a re-evaluation of the certificate must be in progress (filed and not yet decided) — always;</li>
 *   <li>and, per {@link Condition}: {@link Condition#ISSUED_BEFORE_OR_WINDOW_MISSED} (default) — the certificate was
 *       issued before {@code effectiveDate} (22/05/2026), or its window had already closed by then so it could not be
 *       used; {@link Condition#ANY_REEVALUATION} — any certificate with a re-evaluation in progress;
 *       {@link Condition#NEVER} — no extension;</li>
 *   <li>a certificate that had already expired before {@code effectiveDate} qualifies only when
 *       {@code coversExpiredBeforeEffective} (default false; the digest notes the decree is silent).</li>
 * </ul>
 */
public record TransitionalExtension(Condition condition, int maxDaysAfterExpiry, LocalDate effectiveDate,
                                    boolean coversExpiredBeforeEffective) {

    /** Who may be kept valid past expiry. */
    public enum Condition {
        ISSUED_BEFORE_OR_WINDOW_MISSED,
        ANY_REEVALUATION,
        NEVER
    }

    /** The date QĐ 26/2026/QĐ-TTg took effect. */
    public static final LocalDate DECREE_26_EFFECTIVE = LocalDate.of(2026, 5, 22);

    public static final TransitionalExtension DECREE_26 =
            new TransitionalExtension(Condition.ISSUED_BEFORE_OR_WINDOW_MISSED, 180, DECREE_26_EFFECTIVE, false);

    public TransitionalExtension {
        if (condition == null || effectiveDate == null || maxDaysAfterExpiry < 0) {
            throw new IllegalArgumentException("condition, effectiveDate and maxDaysAfterExpiry >= 0");
        }
    }

    /** Whether the certificate qualifies at all (independent of today's date). */
    public boolean qualifies(CertificateFacts c, RenewalWindow window) {
        if (!c.reevaluationInProgress()) {
            return false;
        }
        if (!coversExpiredBeforeEffective && c.validUntil().isBefore(effectiveDate)) {
            return false;
        }
        return switch (condition) {
            case NEVER -> false;
            case ANY_REEVALUATION -> true;
            case ISSUED_BEFORE_OR_WINDOW_MISSED -> c.issuedOn().isBefore(effectiveDate)
                    || window.closesOn(c.validUntil()).isBefore(effectiveDate);
        };
    }

    /** The last day an extension can last. */
    public LocalDate lastDay(LocalDate validUntil) {
        return validUntil.plusDays(maxDaysAfterExpiry);
    }
}
