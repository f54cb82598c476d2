package ocop.criteria.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.Evaluation.NextStar;
import ocop.criteria.SelfAssessmentSummary;
import ocop.criteria.UpgradeGap;
import ocop.criteria.UpgradeGap.Kind;

/**
 * Khoảng cách lên hạng (the gap to the next class, nâng hạng): a product holding {@code currentStars} aims at the
 * class above; its latest self-assessment is scored again by the {@link ScoringEngine} and, unless it already reaches
 * that class, the engine's smallest set of upgrades to it is given with the requirements still unmet — item names
 * and option labels from the self-assessment. The target is the class above the certificate, not above the
 * self-assessment's own result (which may be lower or higher).
 */
public final class UpgradeGaps {

    private final ScoringEngine engine;

    public UpgradeGaps(ScoringEngine engine) {
        this.engine = engine;
    }

    /**
     * @param currentStars the class the product holds, 1–5
     * @param assessment   its latest self-assessment, or null
     * @param sheet        the sheet version that self-assessment was made on (ignored when {@code assessment} is null)
     */
    public UpgradeGap of(long productId, int currentStars, SelfAssessmentSummary assessment, CriteriaSheet sheet) {
        if (currentStars < 1 || currentStars > StarBands.TOP) {
            throw new IllegalArgumentException("Hạng hiện tại phải từ 1 đến 5: " + currentStars);
        }
        if (currentStars == StarBands.TOP) {
            return UpgradeGap.topClass(productId, currentStars);
        }
        if (assessment == null) {
            return UpgradeGap.noSelfAssessment(productId, currentStars);
        }
        int target = currentStars + 1;
        Map<String, String> answers = new HashMap<>();
        assessment.items().stream().filter(SelfAssessmentSummary.Item::answered)
                .forEach(i -> answers.put(i.itemCode(), i.chosenOption()));
        Evaluation now = engine.evaluate(sheet, answers, Set.of());
        Map<String, SelfAssessmentSummary.Item> items = assessment.items().stream()
                .collect(Collectors.toMap(SelfAssessmentSummary.Item::itemCode, Function.identity(), (a, b) -> a));
        UpgradeGap.Assessment source = new UpgradeGap.Assessment(assessment.id(), assessment.sheetCode(),
                assessment.sheetVersion(), assessment.completed());
        List<UpgradeGap.Requirement> unmet = now.unmetRequirements().stream()
                .filter(u -> u.requiredFor() <= target)
                .map(u -> new UpgradeGap.Requirement(u.item(), name(items, u.item()), u.requiredFor(),
                        u.neededLabel(), label(items, u.item())))
                .toList();
        int unanswered = now.incompleteItems().size();
        int threshold = StarBands.band(target).min().intValueExact();
        if (now.stars() >= target) {
            return new UpgradeGap(productId, currentStars, target, Kind.REACHED, source, now.total(), now.stars(),
                    threshold, 0, now.total(), List.of(), unmet, unanswered, null);
        }
        NextStar gap = engine.gapTo(sheet, answers, target);
        List<UpgradeGap.Upgrade> upgrades = gap.suggestions().stream()
                .map(s -> new UpgradeGap.Upgrade(s.item(), name(items, s.item()), s.fromOption(),
                        label(items, s.item()), s.toOption(), s.toLabel(), s.pointsGained(), s.requiredByMinimum()))
                .toList();
        return new UpgradeGap(productId, currentStars, target, upgrades.isEmpty() ? Kind.UNREACHABLE : Kind.MISSING,
                source, now.total(), now.stars(), threshold, gap.pointsNeeded(), gap.totalAfter(), upgrades, unmet,
                unanswered, gap.rationale());
    }

    private static String name(Map<String, SelfAssessmentSummary.Item> items, String code) {
        SelfAssessmentSummary.Item item = items.get(code);
        return item == null ? null : item.itemName();
    }

    private static String label(Map<String, SelfAssessmentSummary.Item> items, String code) {
        SelfAssessmentSummary.Item item = items.get(code);
        return item == null ? null : item.chosenLabel();
    }
}
