package ocop.criteria.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import ocop.criteria.CouncilResult;
import ocop.criteria.CouncilSettings;
import ocop.criteria.CriteriaException;

/**
 * Điểm hội đồng (a council's score): the arithmetic mean of the members' totals, classed on the exact mean by
 * band alone (no minimum requirements here: those are each member's sheet). The spread between the highest and
 * lowest total is checked against the province's limit (over it: re-score) and the quorum against the members
 * appointed.
 */
public final class CouncilScoring {

    private final CouncilSettings settings;

    public CouncilScoring(CouncilSettings settings) {
        this.settings = settings;
    }

    public CouncilSettings settings() {
        return settings;
    }

    /** Every appointed member scored, the chair among them. */
    public CouncilResult score(List<BigDecimal> totals) {
        return score(totals, totals == null ? 0 : totals.size(), true);
    }

    /**
     * @param totals       each member's total, 0–100, at least one
     * @param councilSize  members appointed (at least as many as scored)
     * @param chairPresent whether the chair is among those who scored
     */
    public CouncilResult score(List<BigDecimal> totals, int councilSize, boolean chairPresent) {
        if (totals == null || totals.isEmpty()) {
            throw new CriteriaException("INVALID_COUNCIL", "totals", "Cần điểm của ít nhất một thành viên hội đồng");
        }
        if (councilSize < totals.size()) {
            throw new CriteriaException("INVALID_COUNCIL", "councilSize", "Số thành viên hội đồng (" + councilSize
                    + ") ít hơn số phiếu chấm (" + totals.size() + ")");
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal lowest = null;
        BigDecimal highest = null;
        for (BigDecimal total : totals) {
            if (total == null || total.signum() < 0 || total.compareTo(StarBands.MAX_SCORE) > 0) {
                throw new CriteriaException("INVALID_COUNCIL", "totals",
                        "Điểm của thành viên phải từ 0 đến 100: " + total);
            }
            sum = sum.add(total);
            lowest = lowest == null || total.compareTo(lowest) < 0 ? total : lowest;
            highest = highest == null || total.compareTo(highest) > 0 ? total : highest;
        }
        int members = totals.size();
        int stars = StarBands.starsForMean(sum, members);
        BigDecimal average = sum.divide(BigDecimal.valueOf(members), 4, RoundingMode.DOWN).stripTrailingZeros();
        average = average.scale() < 0 ? average.setScale(0) : average;
        BigDecimal spread = highest.subtract(lowest);
        boolean spreadExceeded = spread.compareTo(settings.maxSpread()) > 0;
        boolean quorumMet = (long) members * settings.quorumDenominator()
                >= (long) councilSize * settings.quorumNumerator() && (chairPresent || !settings.chairRequired());
        return new CouncilResult(members, councilSize, average, lowest, highest, spread, stars,
                StarBands.certifiable(stars), StarBands.recognisedBy(stars), spreadExceeded, quorumMet,
                quorumMet && !spreadExceeded);
    }
}
