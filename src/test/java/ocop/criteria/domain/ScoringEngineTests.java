package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.Evaluation.UnmetRequirement;
import ocop.criteria.Recognition;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;

class ScoringEngineTests {

    private final ScoringEngine engine = new ScoringEngine();
    private final CriteriaSheet qd2601 = TestSheets.bundled("QD26-01");

    private Map<String, String> best(CriteriaSheet sheet, String... changes) {
        Map<String, String> answers = new HashMap<>(TestSheets.best(sheet));
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                answers.remove(changes[i]);
            } else {
                answers.put(changes[i], changes[i + 1]);
            }
        }
        return answers;
    }

    @Test
    void allBestOptionsGiveOneHundredAndFiveStars() {
        Evaluation result = engine.evaluate(qd2601, best(qd2601), Set.of());
        assertThat(result.partTotals()).containsExactly(Map.entry("A", 40), Map.entry("B", 25), Map.entry("C", 35));
        assertThat(result.total()).isEqualTo(100);
        assertThat(result.stars()).isEqualTo(5);
        assertThat(result.certifiable()).isTrue();
        assertThat(result.recognisedBy()).isEqualTo(Recognition.MINISTRY);
        assertThat(result.unmetRequirements()).isEmpty();
        assertThat(result.incompleteItems()).isEmpty();
        assertThat(result.nextStar()).isNull();
    }

    @Test
    void ninetyTwoPointsMissingOneThreeStarRequirementIsNotRecognised() {
        Evaluation result = engine.evaluate(qd2601, best(qd2601, "2.2", "b", "4.3", "c", "6.3", "b", "12", "b"),
                Set.of());
        assertThat(result.total()).isEqualTo(92);
        assertThat(result.band()).isEqualTo(5);
        assertThat(result.stars()).isEqualTo(2);
        assertThat(result.certifiable()).isFalse();
        assertThat(result.recognisedBy()).isEqualTo(Recognition.NONE);
        assertThat(result.heldBackBy()).containsExactly(new UnmetRequirement("2.2", 3, "c",
                "Đóng gói sáng tạo, bao bì đẹp", "b"));
        assertThat(result.explanation()).contains("92/100", "5★", "3★ tại 2.2", "2★", "không đủ điều kiện");
        assertThat(result.nextStar().stars()).isEqualTo(3);
        assertThat(result.nextStar().suggestions()).singleElement()
                .satisfies(s -> assertThat(s.item()).isEqualTo("2.2"));
    }

    @Test
    void aMissedFiveStarRequirementKeepsFourStars() {
        Evaluation result = engine.evaluate(qd2601, best(qd2601, "1.3", "b"), Set.of());
        assertThat(result.total()).isEqualTo(99);
        assertThat(result.stars()).isEqualTo(4);
        assertThat(result.certifiable()).isTrue();
        assertThat(result.recognisedBy()).isEqualTo(Recognition.PROVINCE);
        assertThat(result.heldBackBy()).extracting(UnmetRequirement::item, UnmetRequirement::requiredFor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.3", 5));
        assertThat(result.explanation()).contains("5★ tại 1.3", "4★");
    }

    @Test
    void theStrictPolicyDoesNotClassAtAll() {
        Evaluation result = new ScoringEngine(MinimumRequirementPolicy.STRICT).evaluate(qd2601,
                best(qd2601, "2.2", "b"), Set.of());
        assertThat(result.band()).isEqualTo(5);
        assertThat(result.stars()).isZero();
        assertThat(result.certifiable()).isFalse();
        assertThat(result.explanation()).contains("không xếp hạng");
        assertThat(result.nextStar().stars()).isEqualTo(5);
    }

    @Test
    void anUnansweredItemScoresZeroAndFailsItsRequirement() {
        Evaluation result = engine.evaluate(qd2601, best(qd2601, "9", null), Set.of());
        assertThat(result.total()).isEqualTo(95);
        assertThat(result.partTotals()).containsEntry("C", 30);
        assertThat(result.incompleteItems()).containsExactly("9");
        assertThat(result.heldBackBy()).containsExactly(new UnmetRequirement("9", 3, "a",
                qd2601.parts().get(2).sections().get(3).criteria().get(0).options().get(0).label(), null));
        assertThat(result.stars()).isEqualTo(2);
        assertThat(result.explanation()).contains("chưa chấm", "1 tiêu chí chưa chấm (tính 0 điểm): 9");
    }

    @Test
    void aDeclaredDisqualificationStopsTheEvaluation() {
        Evaluation result = engine.evaluate(qd2601, best(qd2601), Set.of("D1"));
        assertThat(result.disqualification()).isEqualTo(new Evaluation.Disqualification("D1", null, "Giả mạo hồ sơ"));
        assertThat(result.stars()).isZero();
        assertThat(result.certifiable()).isFalse();
        assertThat(result.nextStar()).isNull();
        assertThat(result.explanation()).startsWith("Bị loại (D1): Giả mạo hồ sơ");
    }

    @Test
    void aCriterionKnockOutStopsTheEvaluationWithItsNote() {
        CriteriaSheet qd2607 = TestSheets.bundled("QD26-07");
        Evaluation result = engine.evaluate(qd2607, best(qd2607), Set.of("6.1-KO", "1.1-KO"));
        assertThat(result.disqualification().code()).isEqualTo("1.1-KO");
        assertThat(result.disqualification().item()).isEqualTo("1.1");
        assertThat(result.disqualification().text())
                .isEqualTo("Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc");
        assertThat(result.stars()).isZero();
    }

    @Test
    void subCriteriaAreScoredAndPartsAddUp() {
        Evaluation result = engine.evaluate(TestSheets.small(),
                Map.of("1.1", "b", "1.2.1", "b", "1.2.2", "a", "2.1", "a", "3", "b"), Set.of());
        assertThat(result.partTotals()).containsExactly(Map.entry("A", 25), Map.entry("B", 5), Map.entry("C", 20));
        assertThat(result.total()).isEqualTo(50);
        assertThat(result.stars()).isEqualTo(3);
    }

    @Test
    void unknownItemsOptionsAndCodesAreNamed() {
        CriteriaSheet small = TestSheets.small();
        assertThatThrownBy(() -> engine.evaluate(small, Map.of("9.9", "a"), Set.of()))
                .isInstanceOfSatisfying(CriteriaException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_ITEM");
                    assertThat(e.field()).isEqualTo("answers.9.9");
                });
        assertThatThrownBy(() -> engine.evaluate(small, Map.of("1.2", "a"), Set.of()))
                .isInstanceOfSatisfying(CriteriaException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_ITEM"));
        assertThatThrownBy(() -> engine.evaluate(small, Map.of("1.1", "z"), Set.of()))
                .isInstanceOfSatisfying(CriteriaException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_OPTION");
                    assertThat(e.field()).isEqualTo("answers.1.1");
                    assertThat(e.getMessage()).contains("'z'");
                });
        assertThatThrownBy(() -> engine.evaluate(small, Map.of(), Set.of("D9")))
                .isInstanceOfSatisfying(CriteriaException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_KNOCKOUT");
                    assertThat(e.field()).isEqualTo("declared.D9");
                });
    }
}
