package ocop.criteria.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.Evaluation.Disqualification;
import ocop.criteria.Evaluation.NextStar;
import ocop.criteria.Evaluation.UnmetRequirement;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.domain.SheetIndex.Item;

/**
 * Chấm điểm một phiếu (scores one sheet): answers (one option code per scorable item, keyed by item code such as
 * {@code 1.1} or {@code 6.1.2}) and the declared disqualification/knock-out codes give part totals, the band, the
 * unmet minimum requirements, the final class under the {@link MinimumRequirementPolicy}, and the gap to the next
 * class. An unanswered item scores 0 and fails its requirements. Plain Java, thread-safe.
 */
public final class ScoringEngine {

    private final MinimumRequirementPolicy policy;
    private final GapFinder gaps;

    /** With the default policy, {@link MinimumRequirementPolicy#FALLBACK}. */
    public ScoringEngine() {
        this(MinimumRequirementPolicy.FALLBACK);
    }

    public ScoringEngine(MinimumRequirementPolicy policy) {
        this.policy = policy;
        this.gaps = new GapFinder(policy);
    }

    public MinimumRequirementPolicy policy() {
        return policy;
    }

    /**
     * @param answers  item code → option code; missing items are unanswered
     * @param declared codes of the disqualification conditions and knock-outs the evaluator found to apply
     * @throws CriteriaException naming an unknown item, option or knock-out code
     */
    public Evaluation evaluate(CriteriaSheet sheet, Map<String, String> answers, Set<String> declared) {
        SheetIndex index = SheetIndex.of(sheet);
        Map<String, SheetOption> chosen = resolve(index, answers == null ? Map.of() : answers);
        Disqualification disqualification = firstDeclared(index, declared == null ? Set.of() : declared);

        Map<String, Integer> parts = new LinkedHashMap<>();
        for (SheetPart part : sheet.parts()) {
            parts.put(part.code(), 0);
        }
        List<String> incomplete = new ArrayList<>();
        for (Item item : index.items()) {
            SheetOption option = chosen.get(item.code());
            if (option == null) {
                incomplete.add(item.code());
            } else {
                parts.merge(item.part(), option.points(), Integer::sum);
            }
        }
        int total = index.total(chosen);
        int band = StarBands.starsFor(total);
        List<UnmetRequirement> unmet = Requirements.unmet(index, chosen);
        List<UnmetRequirement> heldBackBy = unmet.stream().filter(u -> u.requiredFor() <= band).toList();
        int stars = disqualification != null ? 0 : policy.stars(band, Requirements.lowestUnmet(index, chosen));
        NextStar next = disqualification != null ? null : gaps.find(index, chosen, stars, band, total);
        String explanation = Explanations.of(total, band, stars, heldBackBy, incomplete, disqualification, policy);
        return new Evaluation(sheet.code(), sheet.version(), Collections.unmodifiableMap(parts), total, band,
                List.copyOf(unmet), heldBackBy, stars, StarBands.certifiable(stars),
                StarBands.recognisedBy(stars), List.copyOf(incomplete), disqualification, next, explanation);
    }

    /**
     * Khoảng cách tới một hạng (the gap to class {@code target}, 2–5): the smallest set of option upgrades from these
     * answers that reaches it and meets its minimum requirements, whatever class the answers reach now.
     *
     * @throws CriteriaException naming an unknown item or option
     */
    public NextStar gapTo(CriteriaSheet sheet, Map<String, String> answers, int target) {
        SheetIndex index = SheetIndex.of(sheet);
        Map<String, SheetOption> chosen = resolve(index, answers == null ? Map.of() : answers);
        return gaps.toClass(index, chosen, target, index.total(chosen));
    }

    private static Map<String, SheetOption> resolve(SheetIndex index, Map<String, String> answers) {
        Map<String, SheetOption> chosen = new HashMap<>();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            if (answer.getKey() == null) {
                throw new CriteriaException("UNKNOWN_ITEM", "answers", "Câu trả lời thiếu mã tiêu chí");
            }
            Item item = index.item(answer.getKey());
            if (answer.getValue() != null) {
                chosen.put(item.code(), item.option(answer.getValue()));
            }
        }
        return chosen;
    }

    private static Disqualification firstDeclared(SheetIndex index, Set<String> declared) {
        for (String code : new java.util.TreeSet<>(declared)) {
            if (!index.knockOuts().containsKey(code)) {
                throw new CriteriaException("UNKNOWN_KNOCKOUT", "declared." + code, "Bộ tiêu chí "
                        + index.sheet().code() + " không có điều kiện loại '" + code + "'");
            }
        }
        return index.knockOuts().values().stream().filter(d -> declared.contains(d.code())).findFirst()
                .orElse(null);
    }
}
