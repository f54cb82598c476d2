package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link UpgradeRule} with hand-made engine results: the next class's lower bound comes from the input (the engine's
 * gap), so the same rule holds for whatever bands the criteria data defines.
 */
class UpgradeRuleTests {

    private final UpgradeRule rule = new UpgradeRule(10);

    /** A completed, classed self-assessment and the engine's next class with its lower bound. */
    private static SelfAssessed scored(int total, int stars, Integer nextStars, Integer nextThreshold) {
        return new SelfAssessed(true, total, stars, stars, stars >= 3, false, false, nextStars, nextThreshold);
    }

    @Test
    void exactlyTheMarginBelowTheNextBoundIsCloseAndOnePointMoreIsNot() {
        assertThat(rule.gap(3, scored(60, 3, 4, 70))).contains(new UpgradeGap(4, 70, 10, false));
        assertThat(rule.gap(3, scored(59, 3, 4, 70))).isEmpty();
        assertThat(rule.gap(3, scored(69, 3, 4, 70))).contains(new UpgradeGap(4, 70, 1, false));
    }

    @Test
    void theBoundIsTheEnginesNotAConstant() {
        // a sheet whose 4★ band started at 72 would make 62 the last close total
        assertThat(rule.gap(3, scored(62, 3, 4, 72))).contains(new UpgradeGap(4, 72, 10, false));
        assertThat(rule.gap(3, scored(61, 3, 4, 72))).isEmpty();
        assertThat(rule.gap(4, scored(80, 4, 5, 90))).contains(new UpgradeGap(5, 90, 10, false));
        assertThat(rule.gap(4, scored(79, 4, 5, 90))).isEmpty();
    }

    @Test
    void aZeroMarginKeepsOnlyProductsHeldBackByRequirementsAlone() {
        UpgradeRule strict = new UpgradeRule(0);
        // 71 points (4★ band) held at 3★ by a 4★ mark: no points missing, the gap is the requirement
        SelfAssessed heldBack = new SelfAssessed(true, 71, 4, 3, true, false, true, 4, 70);
        assertThat(strict.gap(3, heldBack)).contains(new UpgradeGap(4, 70, 0, false));
        assertThat(strict.gap(3, scored(69, 3, 4, 70))).isEmpty();
        assertThatThrownBy(() -> new UpgradeRule(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveStarsHaveNoNextClass() {
        assertThat(rule.gap(5, scored(95, 5, null, null))).isEmpty();
        assertThat(rule.gap(5, scored(88, 4, 5, 90))).isEmpty();
    }

    @Test
    void disqualifiedOrDraftSelfAssessmentsAreNotCandidates() {
        assertThat(rule.gap(3, new SelfAssessed(true, 68, 3, 0, false, true, false, null, null))).isEmpty();
        assertThat(rule.gap(3, new SelfAssessed(false, 68, 3, 3, true, false, false, 4, 70))).isEmpty();
        assertThat(rule.gap(3, null)).isEmpty();
    }

    @Test
    void aSelfAssessmentAboveTheCertificateIsCloseAtOnceOneBelowItIsNot() {
        assertThat(rule.gap(3, scored(75, 4, 5, 90))).contains(new UpgradeGap(4, null, 0, true));
        assertThat(rule.gap(4, scored(68, 3, 4, 70))).isEmpty();
    }
}
