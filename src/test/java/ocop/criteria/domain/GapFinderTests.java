package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.Evaluation.NextStar;
import ocop.criteria.Evaluation.Suggestion;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;

class GapFinderTests {

    private final ScoringEngine engine = new ScoringEngine();
    private final CriteriaSheet small = TestSheets.small();

    @Test
    void fewestChangesThenLeastOvershootThenEarliestItem() {
        Map<String, String> answers = Map.of("1.1", "b", "1.2.1", "a", "1.2.2", "a", "2.1", "b", "3", "b");
        Evaluation result = engine.evaluate(small, answers, Set.of());
        assertThat(result.total()).isEqualTo(50);
        assertThat(result.stars()).isEqualTo(3);
        NextStar next = result.nextStar();
        assertThat(next.stars()).isEqualTo(4);
        assertThat(next.threshold()).isEqualTo(70);
        assertThat(next.pointsNeeded()).isEqualTo(20);
        // 1.2.2 and 2.1 are forced by their 4★ marks (+15); one more change of +10 is needed: 1.1 and 1.2.1 tie,
        // 1.1 comes first; 3 → c would gain 15 and overshoot more.
        assertThat(next.suggestions()).containsExactly(
                new Suggestion("1.1", "b", "c", "Phương án c", 10, false),
                new Suggestion("1.2.2", "a", "b", "Phương án b", 5, true),
                new Suggestion("2.1", "b", "c", "Phương án c", 10, true));
        assertThat(next.totalAfter()).isEqualTo(75);
        assertThat(next.rationale()).contains("3 thay đổi", "2 bắt buộc", "1.2.2, 2.1", "50 → 75", "vượt 5");
    }

    @Test
    void onlyARequirementIsMissing() {
        Map<String, String> answers = new HashMap<>(TestSheets.best(small));
        answers.put("1.1", "b");
        NextStar next = engine.evaluate(small, answers, Set.of()).nextStar();
        assertThat(next.stars()).isEqualTo(5);
        assertThat(next.pointsNeeded()).isZero();
        assertThat(next.suggestions()).containsExactly(new Suggestion("1.1", "b", "c", "Phương án c", 10, true));
    }

    @Test
    void unansweredItemsCanBeSuggested() {
        NextStar next = engine.evaluate(small, Map.of(), Set.of()).nextStar();
        assertThat(next.stars()).isEqualTo(2);
        assertThat(next.pointsNeeded()).isEqualTo(30);
        // one change is enough (3 → c, +35); two exact changes (+30) would need more changes
        assertThat(next.suggestions()).containsExactly(new Suggestion("3", null, "c", "Phương án c", 35, false));
    }

    @Test
    void applyingTheSuggestionsReachesThePromisedClass() {
        CriteriaSheet qd2613 = TestSheets.bundled("QD26-13");
        Map<String, String> answers = new HashMap<>();
        Evaluation before = engine.evaluate(qd2613, answers, Set.of());
        while (before.nextStar() != null) {
            NextStar next = before.nextStar();
            next.suggestions().forEach(s -> answers.put(s.item(), s.toOption()));
            Evaluation after = engine.evaluate(qd2613, answers, Set.of());
            assertThat(after.stars()).isGreaterThanOrEqualTo(next.stars());
            assertThat(after.total()).isEqualTo(next.totalAfter());
            before = after;
        }
        assertThat(before.stars()).isEqualTo(5);
    }
}
