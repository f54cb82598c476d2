package ocop.criteria;

import java.math.BigDecimal;

/**
 * Quy chế hội đồng (council rules a province sets): the largest allowed spread between members' totals and the
 * quorum, as a fraction of the appointed members, optionally requiring the chair.
 *
 * @param maxSpread         largest allowed difference between the highest and lowest total (commonly 10)
 * @param quorumNumerator   quorum fraction numerator (commonly 3 of 4)
 * @param quorumDenominator quorum fraction denominator
 * @param chairRequired     whether the chair must be among those present
 */
public record CouncilSettings(BigDecimal maxSpread, int quorumNumerator, int quorumDenominator,
        boolean chairRequired) {

    /** 10 points, 3/4 of the members including the chair (provincial regulations of the 1048 era). */
    public static final CouncilSettings COMMON = new CouncilSettings(BigDecimal.TEN, 3, 4, true);

    public CouncilSettings {
        if (maxSpread == null || maxSpread.signum() < 0 || quorumNumerator < 0 || quorumDenominator <= 0
                || quorumNumerator > quorumDenominator) {
            throw new IllegalArgumentException("Quy chế hội đồng không hợp lệ: spread " + maxSpread + ", quorum "
                    + quorumNumerator + "/" + quorumDenominator);
        }
    }
}
