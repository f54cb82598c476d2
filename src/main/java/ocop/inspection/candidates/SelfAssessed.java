package ocop.inspection.candidates;

/**
 * Kết quả tự đánh giá as the selection rules need it, all taken from the criteria engine's evaluation.
 *
 * @param completed     the producer completed it (a draft is work in progress and counts for nothing)
 * @param total         the sheet total
 * @param band          the class by score alone
 * @param stars         the final class after minimum requirements (0 when not classed)
 * @param certifiable   the engine's verdict: a recognisable class and not disqualified
 * @param disqualified  a disqualification or knock-out condition was declared
 * @param heldBack      minimum requirements kept the class below the band
 * @param nextStars     the engine's next class, or null (at the top class, or when disqualified)
 * @param nextThreshold the lowest total of that class, or null
 */
public record SelfAssessed(boolean completed, int total, int band, int stars, boolean certifiable,
        boolean disqualified, boolean heldBack, Integer nextStars, Integer nextThreshold) {
}
