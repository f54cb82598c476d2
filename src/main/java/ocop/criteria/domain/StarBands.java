package ocop.criteria.domain;

import java.math.BigDecimal;
import java.util.List;
import ocop.criteria.Recognition;

/**
 * Hạng sao theo điểm (star classes by score, Điều 3.3): 1★ below 30, 2★ 30 – below 50, 3★ 50 – below 70,
 * 4★ 70 – below 90, 5★ 90 – 100. Only 3★ and above are recognised: 3★ and 4★ by the province, 5★ by the ministry.
 * Comparisons are exact (BigDecimal, or integer arithmetic on a sum), so 69.999 is 3★, never rounded up.
 */
public final class StarBands {

    /**
     * One class.
     *
     * @param stars        1–5
     * @param min          lowest score of the band (inclusive)
     * @param maxExclusive first score above it; null for 5★, whose upper end is 100 inclusive
     * @param recognisedBy who recognises it
     */
    public record Band(int stars, BigDecimal min, BigDecimal maxExclusive, Recognition recognisedBy) {
    }

    public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);
    public static final int CERTIFIABLE_FROM = 3;
    public static final int TOP = 5;

    private static final List<Band> BANDS = List.of(
            band(1, 0, 30, Recognition.NONE),
            band(2, 30, 50, Recognition.NONE),
            band(3, 50, 70, Recognition.PROVINCE),
            band(4, 70, 90, Recognition.PROVINCE),
            new Band(5, BigDecimal.valueOf(90), null, Recognition.MINISTRY));

    private StarBands() {
    }

    private static Band band(int stars, int min, int maxExclusive, Recognition by) {
        return new Band(stars, BigDecimal.valueOf(min), BigDecimal.valueOf(maxExclusive), by);
    }

    /** The five bands, 1★ first. */
    public static List<Band> bands() {
        return BANDS;
    }

    /** The band of a class 1–5. */
    public static Band band(int stars) {
        if (stars < 1 || stars > TOP) {
            throw new IllegalArgumentException("Hạng sao phải từ 1 đến 5: " + stars);
        }
        return BANDS.get(stars - 1);
    }

    /** The class of a score 0–100. */
    public static int starsFor(BigDecimal score) {
        return starsForMean(score, 1);
    }

    /** The class of an integer score 0–100. */
    public static int starsFor(int score) {
        return starsFor(BigDecimal.valueOf(score));
    }

    /** The class of the exact mean sum / count, compared without dividing (no rounding at all). */
    public static int starsForMean(BigDecimal sum, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("Cần ít nhất một điểm");
        }
        BigDecimal n = BigDecimal.valueOf(count);
        if (sum.signum() < 0 || sum.compareTo(MAX_SCORE.multiply(n)) > 0) {
            throw new IllegalArgumentException("Điểm phải từ 0 đến 100: " + sum + (count > 1 ? "/" + count : ""));
        }
        for (int i = BANDS.size() - 1; i > 0; i--) {
            if (sum.compareTo(BANDS.get(i).min().multiply(n)) >= 0) {
                return BANDS.get(i).stars();
            }
        }
        return 1;
    }

    /** 3★ and above. */
    public static boolean certifiable(int stars) {
        return stars >= CERTIFIABLE_FROM;
    }

    /** Who recognises the class; NONE for 0 (not classed), 1★ and 2★. */
    public static Recognition recognisedBy(int stars) {
        return stars < 1 ? Recognition.NONE : band(stars).recognisedBy();
    }
}
