package ocop.criteria;

import java.util.List;

/**
 * Khoảng cách lên hạng (the gap to the next class) of a ranked product, computed by the scoring engine from the
 * product's latest self-assessment (phiếu tự đánh giá): what is missing to reach the class above the one it holds.
 *
 * @param productId         the product
 * @param currentStars      the class it holds now (its certificate), 1–5
 * @param targetStars       the next class; 0 at 5★
 * @param kind              what the gap is (see {@link Kind})
 * @param assessment        the self-assessment it is computed from; null for TOP_CLASS and NO_SELF_ASSESSMENT
 * @param total             the self-assessment's total as the engine scores it now (0–100)
 * @param assessedStars     the class that total and its requirements give (0 when not classed)
 * @param threshold         the lowest total of the next class (0 at 5★)
 * @param pointsNeeded      points missing to that threshold
 * @param totalAfter        the total once the upgrades are made
 * @param upgrades          the smallest set of option upgrades that reaches the next class, in item order
 * @param unmetRequirements the minimum requirements of the next class (and below) the self-assessment does not meet
 * @param unansweredItems   items without an answer (each counts 0 points)
 * @param rationale         the engine's reason for this set of upgrades, in Vietnamese (null when none)
 */
public record UpgradeGap(long productId, int currentStars, int targetStars, Kind kind, Assessment assessment,
                         int total, int assessedStars, int threshold, int pointsNeeded, int totalAfter,
                         List<Upgrade> upgrades, List<Requirement> unmetRequirements, int unansweredItems,
                         String rationale) {

    public UpgradeGap {
        upgrades = List.copyOf(upgrades);
        unmetRequirements = List.copyOf(unmetRequirements);
    }

    public enum Kind {
        /** Đã đạt 5 sao: there is no next class. */
        TOP_CLASS,
        /** Chưa có phiếu tự đánh giá: nothing to compute the gap from. */
        NO_SELF_ASSESSMENT,
        /** The self-assessment already reaches the next class: nothing is missing on paper. */
        REACHED,
        /** Points and/or minimum requirements are missing: {@code upgrades} says how to close the gap. */
        MISSING,
        /** No set of upgrades on this sheet reaches the next class. */
        UNREACHABLE
    }

    /** The self-assessment the gap is computed from: its sheet and whether it was completed or is a draft. */
    public record Assessment(long id, String sheetCode, int sheetVersion, boolean completed) {
    }

    /**
     * Nâng phương án (one option upgrade): the item, the option ticked now (code and label; null when unanswered) and
     * the one to reach, the points it adds, and whether a minimum requirement of the next class forces it.
     */
    public record Upgrade(String item, String itemName, String fromOption, String fromLabel, String toOption,
                          String toLabel, int pointsGained, boolean requiredByMinimum) {
    }

    /** Yêu cầu tối thiểu chưa đạt: the item, the class it binds, the option needed and the one ticked (or null). */
    public record Requirement(String item, String itemName, int requiredFor, String neededLabel, String chosenLabel) {
    }

    /** A 5★ product: no next class. */
    public static UpgradeGap topClass(long productId, int currentStars) {
        return new UpgradeGap(productId, currentStars, 0, Kind.TOP_CLASS, null, 0, 0, 0, 0, 0, List.of(), List.of(),
                0, null);
    }

    /** A product without a self-assessment: the next class is known, what is missing is not. */
    public static UpgradeGap noSelfAssessment(long productId, int currentStars) {
        return new UpgradeGap(productId, currentStars, currentStars + 1, Kind.NO_SELF_ASSESSMENT, null, 0, 0, 0, 0,
                0, List.of(), List.of(), 0, null);
    }
}
