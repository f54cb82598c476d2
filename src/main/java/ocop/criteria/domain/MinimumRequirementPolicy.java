package ocop.criteria.domain;

/**
 * Cách áp dụng yêu cầu tối thiểu (how star marks gate the class). The decision states the minimum-requirement rule
 * but not what happens when a mark of the band is missed; the choice is configurable.
 */
public enum MinimumRequirementPolicy {

    /**
     * Hạ hạng (default): the highest class that both the score band allows and whose every requirement is met.
     * A product of 92 points that misses one 3★ requirement is 2★, not recognised.
     */
    FALLBACK,

    /** Không công nhận: a requirement of the band unmet means not classed at all (0). */
    STRICT;

    /**
     * The final class.
     *
     * @param band        class by score alone, 1–5
     * @param lowestUnmet the lowest class among the unmet requirements, or {@code Integer.MAX_VALUE} when all are met
     * @return 1–5, or 0 for not classed
     */
    public int stars(int band, int lowestUnmet) {
        if (lowestUnmet > band) {
            return band;
        }
        return this == FALLBACK ? lowestUnmet - 1 : 0;
    }
}
