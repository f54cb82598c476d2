package ocop.criteria.web;

import java.util.List;
import java.util.Map;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;

/**
 * Kết quả chấm (the evaluate response): the shape ({@code sheet}, {@code sheetStatus}, {@code parts},
 * {@code total}, {@code band}, {@code stars}, {@code certifiable}, {@code unmetRequirements}, {@code incomplete},
 * {@code nextStar}) plus the version, recognition, disqualification and the explanation.
 */
record EvaluationJson(String sheet, int sheetVersion, String sheetStatus, Map<String, Integer> parts, int total,
        int band, int stars, boolean certifiable, String recognisedBy, List<Unmet> unmetRequirements,
        List<Unmet> heldBackBy, List<String> incomplete, NextStar nextStar, Disqualification disqualification,
        String explanation) {

    record Unmet(String item, int requiredFor, String needed, String neededLabel, String chosen) {
    }

    record Suggestion(String item, String from, String to, String toLabel, int pointsGained,
            boolean requiredByMinimum) {
    }

    record NextStar(int stars, int threshold, int pointsNeeded, int totalAfter, List<Suggestion> suggestions,
            String rationale) {
    }

    record Disqualification(String code, String item, String text) {
    }

    static EvaluationJson of(CriteriaSheet sheet, Evaluation e) {
        Evaluation.NextStar n = e.nextStar();
        Evaluation.Disqualification d = e.disqualification();
        return new EvaluationJson(e.sheetCode(), e.sheetVersion(), sheet.status().name(), e.partTotals(), e.total(),
                e.band(), e.stars(), e.certifiable(), e.recognisedBy().name(), unmet(e.unmetRequirements()),
                unmet(e.heldBackBy()), e.incompleteItems(),
                n == null ? null : new NextStar(n.stars(), n.threshold(), n.pointsNeeded(), n.totalAfter(),
                        n.suggestions().stream().map(s -> new Suggestion(s.item(), s.fromOption(), s.toOption(),
                                s.toLabel(), s.pointsGained(), s.requiredByMinimum())).toList(), n.rationale()),
                d == null ? null : new Disqualification(d.code(), d.item(), d.text()), e.explanation());
    }

    private static List<Unmet> unmet(List<Evaluation.UnmetRequirement> list) {
        return list.stream().map(u -> new Unmet(u.item(), u.requiredFor(), u.neededOption(), u.neededLabel(),
                u.chosenOption())).toList();
    }
}
