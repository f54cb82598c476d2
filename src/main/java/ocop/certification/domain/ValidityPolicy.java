package ocop.certification.domain;

import java.time.LocalDate;

/**
 * Thời hạn hiệu lực của giấy chứng nhận (certificate validity): QĐ 26/2026/QĐ-TTg Điều 4.3 — a 3★–5★ certificate is
 * valid 36 months from its date of issue. This is the ONE place where the day convention lives; the module builds it
 * from {@code ocop.certification.validity-months} (36) and {@code ocop.certification.validity-convention}
 * ({@link Convention#ANNIVERSARY}).
 *
 * <p>{@link Convention#ANNIVERSARY} reads the Civil Code 2015 (Bộ luật Dân sự, Điều 147–148): the day of issue is
 * not counted, and a period in months ends at the end of the corresponding day of the last month, or of that month's
 * last day when it has no such day. Issued 15/03/2026 → valid until 15/03/2029; issued 29/02/2028 → 28/02/2031.
 * {@link Convention#DAY_BEFORE_ANNIVERSARY} is the reading printed on some certificates ("có giá trị đến hết ngày
 * trước ngày tương ứng"): 15/03/2026 → 14/03/2029; when the month has no corresponding day the anniversary is the
 * first day of the next month, so 29/02/2028 → 28/02/2031 and 31/01 + 1 month → 28/02 (or 29/02).
 *
 * @param months     the validity in months (36)
 * @param convention how the last valid day is counted
 */
public record ValidityPolicy(int months, Convention convention) {

    /** How the last valid day is counted from the date of issue. */
    public enum Convention {
        /** Valid through the same-numbered day {@code months} later (or that month's last day). */
        ANNIVERSARY,
        /** Valid through the day before that anniversary. */
        DAY_BEFORE_ANNIVERSARY
    }

    /** Điều 4.3: 36 months, counted as the Civil Code counts. */
    public static final ValidityPolicy DECREE_26 = new ValidityPolicy(36, Convention.ANNIVERSARY);

    public ValidityPolicy {
        if (months < 1) {
            throw new IllegalArgumentException("months must be positive");
        }
        if (convention == null) {
            throw new IllegalArgumentException("convention");
        }
    }

    /** The last day (inclusive) on which a certificate issued on {@code issuedOn} is valid. */
    public LocalDate validUntil(LocalDate issuedOn) {
        LocalDate anniversary = issuedOn.plusMonths(months);
        boolean clamped = anniversary.getDayOfMonth() != issuedOn.getDayOfMonth();
        return switch (convention) {
            case ANNIVERSARY -> anniversary;
            case DAY_BEFORE_ANNIVERSARY -> clamped ? anniversary : anniversary.minusDays(1);
        };
    }
}
