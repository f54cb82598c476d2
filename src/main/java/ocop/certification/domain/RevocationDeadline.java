package ocop.certification.domain;

import java.time.LocalDate;

/**
 * Thời gian thu hồi giấy chứng nhận (QĐ 26/2026/QĐ-TTg Điều 8.4): the competent authority revokes within
 * {@code days} (15) days counted from the commune's confirmation that the producer no longer produces the product —
 * the date the ward issues its công văn.
 */
public record RevocationDeadline(int days) {

    /** Điều 8.4: 15 days. */
    public static final RevocationDeadline DECREE_26 = new RevocationDeadline(15);

    public RevocationDeadline {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive");
        }
    }

    /** The last day for the decision ("hạn quyết định"): {@code confirmedOn} plus the days. */
    public LocalDate decideBy(LocalDate confirmedOn) {
        return confirmedOn.plusDays(days);
    }

    /** Whether {@code today} is past the last day with no decision yet. */
    public boolean overdue(LocalDate confirmedOn, LocalDate today) {
        return today.isAfter(decideBy(confirmedOn));
    }
}
