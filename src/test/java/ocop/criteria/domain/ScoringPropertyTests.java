package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.TestSheets;
import ocop.criteria.domain.SheetIndex.Item;

/** Tính chất của bộ chấm điểm (scoring properties) over random answers on all 27 shipped sheets (jqwik). */
class ScoringPropertyTests {

    private static final List<CriteriaSheet> SHEETS = TestSheets.bundled().sheets();
    private static final ScoringEngine FALLBACK = new ScoringEngine(MinimumRequirementPolicy.FALLBACK);
    private static final ScoringEngine STRICT = new ScoringEngine(MinimumRequirementPolicy.STRICT);

    /** A sheet and answers drawn from random numbers: one per item, -1 meaning unanswered. */
    record Case(CriteriaSheet sheet, Map<String, String> answers, int pick, int upgrade) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(0, SHEETS.size() - 1),
                Arbitraries.integers().between(0, 1_000).list().ofSize(40),
                Arbitraries.integers().between(0, 1_000), Arbitraries.integers().between(0, 1_000))
                .as((sheetNo, draws, pick, upgrade) -> {
                    CriteriaSheet sheet = SHEETS.get(sheetNo);
                    Map<String, String> answers = new HashMap<>();
                    for (Item item : SheetIndex.of(sheet).items()) {
                        List<SheetOption> options = item.criterion().options();
                        int draw = draws.get(item.order() % draws.size()) % (options.size() + 1);
                        if (draw < options.size()) {
                            answers.put(item.code(), options.get(draw).code());
                        }
                    }
                    return new Case(sheet, answers, pick, upgrade);
                });
    }

    @Property
    void totalsNeverExceedAPartsOrTheSheetsMax(@ForAll("cases") Case c) {
        Evaluation result = FALLBACK.evaluate(c.sheet(), c.answers(), Set.of());
        for (SheetPart part : c.sheet().parts()) {
            assertThat(result.partTotals().get(part.code())).isBetween(0, part.max());
        }
        assertThat(result.total()).isBetween(0, 100)
                .isEqualTo(result.partTotals().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(result.stars()).isBetween(1, result.band());
    }

    @Property
    void starsNeverDecreaseWhenAnAnswerImproves(@ForAll("cases") Case c) {
        SheetIndex index = SheetIndex.of(c.sheet());
        Item item = index.items().get(c.pick() % index.items().size());
        String now = c.answers().get(item.code());
        int points = now == null ? -1 : item.option(now).points();
        List<SheetOption> better = item.criterion().options().stream().filter(o -> o.points() > points).toList();
        Assume.that(!better.isEmpty());
        Map<String, String> improved = new HashMap<>(c.answers());
        improved.put(item.code(), better.get(c.upgrade() % better.size()).code());

        Evaluation before = FALLBACK.evaluate(c.sheet(), c.answers(), Set.of());
        Evaluation after = FALLBACK.evaluate(c.sheet(), improved, Set.of());
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        assertThat(after.band()).isGreaterThanOrEqualTo(before.band());
        assertThat(after.stars()).isGreaterThanOrEqualTo(before.stars());
    }

    @Property
    void applyingTheGapSuggestionsReachesThePromisedClass(@ForAll("cases") Case c) {
        for (ScoringEngine engine : List.of(FALLBACK, STRICT)) {
            Evaluation before = engine.evaluate(c.sheet(), c.answers(), Set.of());
            if (before.nextStar() == null) {
                assertThat(before.stars()).isEqualTo(5);
                continue;
            }
            Map<String, String> answers = new HashMap<>(c.answers());
            before.nextStar().suggestions().forEach(s -> {
                assertThat(s.pointsGained()).isGreaterThanOrEqualTo(0);
                answers.put(s.item(), s.toOption());
            });
            Evaluation after = engine.evaluate(c.sheet(), answers, Set.of());
            assertThat(after.stars()).as(engine.policy() + " " + before.nextStar())
                    .isGreaterThanOrEqualTo(before.nextStar().stars());
            assertThat(after.total()).isEqualTo(before.nextStar().totalAfter());
        }
    }
}
