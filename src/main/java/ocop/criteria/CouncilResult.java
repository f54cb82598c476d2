package ocop.criteria;

import java.math.BigDecimal;

/**
 * Kết quả hội đồng (a council's result): the mean of the members' totals and its class, with the spread and quorum
 * checks. The class is taken on the exact mean (69.999… is 3★); {@code average} is shown truncated, never rounded up.
 *
 * @param members        members who scored
 * @param councilSize    members appointed
 * @param average        the mean, truncated to 4 decimals
 * @param lowest         lowest member total
 * @param highest        highest member total
 * @param spread         highest − lowest
 * @param stars          the class by the exact mean (band only)
 * @param certifiable    3★ or more by the mean
 * @param recognisedBy   who recognises that class
 * @param spreadExceeded the spread is over the limit: the members must re-score
 * @param quorumMet      enough members (and the chair, when required) took part
 * @param conclusive     quorum met and spread within the limit: the result can be recorded
 */
public record CouncilResult(int members, int councilSize, BigDecimal average, BigDecimal lowest, BigDecimal highest,
        BigDecimal spread, int stars, boolean certifiable, Recognition recognisedBy, boolean spreadExceeded,
        boolean quorumMet, boolean conclusive) {
}
