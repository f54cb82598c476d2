package ocop.criteria;

import java.util.List;
import java.util.Map;

/**
 * Kết quả chấm một phiếu (one evaluation of one sheet): totals, the class by score alone, the minimum requirements
 * that hold it back, the final class, and the cheapest way to the next class. Every field explains itself.
 *
 * @param sheetCode          the sheet scored
 * @param sheetVersion       its version
 * @param partTotals         points per part, A, B, C in order
 * @param total              the sheet total, 0–100
 * @param band               the class by score alone (1–5, Điều 3.3)
 * @param unmetRequirements  every star-marked option not reached, item by item (3★, 4★ and 5★ alike)
 * @param heldBackBy         those of them at or below the band: the requirements that kept the class below the band
 * @param stars              the final class, 1–5; 0 when not classed (disqualified, or the strict policy failed)
 * @param certifiable        3★ or more and not disqualified
 * @param recognisedBy       who recognises the class
 * @param incompleteItems    scorable items without an answer (each counts 0 and fails its requirements)
 * @param disqualification   the reason the evaluation stopped, or null
 * @param nextStar           the gap to the next class, or null at 5★ or when disqualified
 * @param explanation        the result in one Vietnamese sentence or two
 */
public record Evaluation(String sheetCode, int sheetVersion, Map<String, Integer> partTotals, int total, int band,
        List<UnmetRequirement> unmetRequirements, List<UnmetRequirement> heldBackBy, int stars, boolean certifiable,
        Recognition recognisedBy, List<String> incompleteItems, Disqualification disqualification, NextStar nextStar,
        String explanation) {

    /**
     * Yêu cầu tối thiểu chưa đạt (an unmet minimum requirement).
     *
     * @param item         the scorable item, e.g. {@code 4.1}
     * @param requiredFor  the class the mark is for (3, 4 or 5); it binds that class and above
     * @param neededOption the marked option's code
     * @param neededLabel  its label
     * @param chosenOption the option ticked, or null when unanswered
     */
    public record UnmetRequirement(String item, int requiredFor, String neededOption, String neededLabel,
            String chosenOption) {
    }

    /**
     * Lý do bị loại (why the evaluation stopped).
     *
     * @param code the declared condition, e.g. {@code D1} or {@code 1.1-KO}
     * @param item the criterion or section carrying the knock-out note, or null for a sheet-level condition
     * @param text the decision's words
     */
    public record Disqualification(String code, String item, String text) {
    }

    /**
     * Đề xuất nâng phương án (one option upgrade).
     *
     * @param item              the scorable item
     * @param fromOption        the option ticked now, or null when unanswered
     * @param toOption          the option to reach
     * @param toLabel           its label
     * @param pointsGained      points added by the change
     * @param requiredByMinimum true when a minimum requirement of the target class forces this change
     */
    public record Suggestion(String item, String fromOption, String toOption, String toLabel, int pointsGained,
            boolean requiredByMinimum) {
    }

    /**
     * Khoảng cách tới hạng sao tiếp theo (the gap to the next class).
     *
     * @param stars        the target class
     * @param threshold    the lowest total of its band
     * @param pointsNeeded points missing to the threshold now (0 when only requirements are missing)
     * @param totalAfter   the total once the suggestions are applied
     * @param suggestions  the smallest set of upgrades, in item order
     * @param rationale    why this set
     */
    public record NextStar(int stars, int threshold, int pointsNeeded, int totalAfter, List<Suggestion> suggestions,
            String rationale) {
    }
}
