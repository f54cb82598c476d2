package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SelfAssessmentSummary;
import ocop.criteria.SheetOption;
import ocop.criteria.TestSheets;
import ocop.criteria.UpgradeGap;
import ocop.criteria.UpgradeGap.Kind;
import org.junit.jupiter.api.Test;

/** The gap from a product's class to the next one, from its self-assessment (small test sheet of 100 points). */
class UpgradeGapsTests {

    private final UpgradeGaps gaps = new UpgradeGaps(new ScoringEngine());
    private final CriteriaSheet small = TestSheets.small();
    /** 1.1 b, 1.2.1 a, 1.2.2 a, 2.1 b, 3 b: 50 points, 3★. */
    private final Map<String, String> fifty = Map.of("1.1", "b", "1.2.1", "a", "1.2.2", "a", "2.1", "b", "3", "b");

    @Test
    void fiveStarsHaveNoNextClassAndNeedNoSelfAssessment() {
        UpgradeGap gap = gaps.of(7, 5, null, null);
        assertThat(gap.kind()).isEqualTo(Kind.TOP_CLASS);
        assertThat(gap.targetStars()).isZero();
        assertThat(gap.upgrades()).isEmpty();
    }

    @Test
    void withoutASelfAssessmentOnlyTheNextClassIsKnown() {
        UpgradeGap gap = gaps.of(7, 3, null, null);
        assertThat(gap.kind()).isEqualTo(Kind.NO_SELF_ASSESSMENT);
        assertThat(gap.targetStars()).isEqualTo(4);
        assertThat(gap.assessment()).isNull();
    }

    @Test
    void aThreeStarProductMissesPointsAndTwoFourStarRequirements() {
        UpgradeGap gap = gaps.of(7, 3, assessment(small, fifty), small);
        assertThat(gap.kind()).isEqualTo(Kind.MISSING);
        assertThat(gap.targetStars()).isEqualTo(4);
        assertThat(gap.total()).isEqualTo(50);
        assertThat(gap.assessedStars()).isEqualTo(3);
        assertThat(gap.threshold()).isEqualTo(70);
        assertThat(gap.pointsNeeded()).isEqualTo(20);
        assertThat(gap.totalAfter()).isEqualTo(75);
        assertThat(gap.assessment().completed()).isTrue();
        assertThat(gap.upgrades()).containsExactly(
                new UpgradeGap.Upgrade("1.1", "Nguồn gốc", "b", "Phương án b", "c", "Phương án c", 10, false),
                new UpgradeGap.Upgrade("1.2.2", "Tiêu chí 1.2.2", "a", "Phương án a", "b", "Phương án b", 5, true),
                new UpgradeGap.Upgrade("2.1", "Tiêu chí 2.1", "b", "Phương án b", "c", "Phương án c", 10, true));
        // the 5★ mark of 1.1 does not bind 4★
        assertThat(gap.unmetRequirements()).containsExactly(
                new UpgradeGap.Requirement("1.2.2", "Tiêu chí 1.2.2", 4, "Phương án b", "Phương án a"),
                new UpgradeGap.Requirement("2.1", "Tiêu chí 2.1", 4, "Phương án c", "Phương án b"));
        assertThat(gap.rationale()).contains("3 thay đổi", "50 → 75");
    }

    @Test
    void theTargetIsAboveTheCertificateEvenWhenTheSelfAssessmentRatesLower() {
        // certified 4★, self-assessed 3★: the gap is to 5★, not to 4★
        UpgradeGap gap = gaps.of(7, 4, assessment(small, fifty), small);
        assertThat(gap.kind()).isEqualTo(Kind.MISSING);
        assertThat(gap.targetStars()).isEqualTo(5);
        assertThat(gap.assessedStars()).isEqualTo(3);
        assertThat(gap.threshold()).isEqualTo(90);
        assertThat(gap.pointsNeeded()).isEqualTo(40);
        assertThat(gap.totalAfter()).isGreaterThanOrEqualTo(90);
        assertThat(gap.unmetRequirements()).extracting(UpgradeGap.Requirement::item)
                .containsExactly("1.1", "1.2.2", "2.1");
        Map<String, String> after = new HashMap<>(fifty);
        gap.upgrades().forEach(u -> after.put(u.item(), u.toOption()));
        assertThat(new ScoringEngine().evaluate(small, after, java.util.Set.of()).stars()).isEqualTo(5);
    }

    @Test
    void aSelfAssessmentAlreadyAtTheNextClassMissesNothing() {
        UpgradeGap gap = gaps.of(7, 3, assessment(small, TestSheets.best(small)), small);
        assertThat(gap.kind()).isEqualTo(Kind.REACHED);
        assertThat(gap.total()).isEqualTo(100);
        assertThat(gap.pointsNeeded()).isZero();
        assertThat(gap.upgrades()).isEmpty();
        assertThat(gap.unmetRequirements()).isEmpty();
    }

    @Test
    void unansweredItemsAreCountedAndCanBeUpgraded() {
        Map<String, String> partial = new HashMap<>(fifty);
        partial.remove("3");
        UpgradeGap gap = gaps.of(7, 3, assessment(small, partial), small);
        assertThat(gap.unansweredItems()).isEqualTo(1);
        assertThat(gap.assessment().completed()).isFalse();
        assertThat(gap.assessedStars()).isEqualTo(2);
        assertThat(gap.pointsNeeded()).isEqualTo(40);
        assertThat(gap.upgrades()).anySatisfy(u -> {
            assertThat(u.item()).isEqualTo("3");
            assertThat(u.fromOption()).isNull();
            assertThat(u.fromLabel()).isNull();
        });
    }

    @Test
    void aClassTheSheetCannotReachIsSaidPlainly() {
        CriteriaSheet half = TestSheets.sheet(List.of(), TestSheets.part("A", 50, TestSheets.section("1", 50,
                TestSheets.crit("1.1", 50, TestSheets.opt("a", 0, null), TestSheets.opt("b", 50, null)))));
        UpgradeGap gap = gaps.of(7, 3, assessment(half, Map.of("1.1", "b")), half);
        assertThat(gap.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(gap.targetStars()).isEqualTo(4);
        assertThat(gap.upgrades()).isEmpty();
        assertThat(gap.rationale()).contains("Không có cách");
    }

    @Test
    void aClassOutsideOneToFiveIsRefused() {
        assertThatThrownBy(() -> gaps.of(7, 0, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gaps.of(7, 6, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A self-assessment of {@code sheet} with these answers; completed when every item is answered. */
    static SelfAssessmentSummary assessment(CriteriaSheet sheet, Map<String, String> answers) {
        List<SelfAssessmentSummary.Item> items = new ArrayList<>();
        int total = 0;
        for (SheetIndex.Item item : SheetIndex.of(sheet).items()) {
            String code = answers.get(item.code());
            SheetOption chosen = code == null ? null : item.option(code);
            total += chosen == null ? 0 : chosen.points();
            items.add(new SelfAssessmentSummary.Item(item.code(), item.criterion().name(), null,
                    chosen == null ? null : chosen.code(), chosen == null ? null : chosen.label(),
                    chosen == null ? null : chosen.points(), item.criterion().max(), null));
        }
        boolean complete = items.stream().allMatch(SelfAssessmentSummary.Item::answered);
        return new SelfAssessmentSummary(42, 7, sheet.code(), sheet.version(),
                complete ? SelfAssessmentSummary.COMPLETED : SelfAssessmentSummary.DRAFT, total, 0, items);
    }
}
