package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ReadinessRule} on hand-made standings and engine results, no Spring. */
class ReadinessRuleTests {

    private static final ProductStanding FREE = new ProductStanding(false, false, false);

    /** A completed self-assessment the engine scored {@code total} in {@code band}, classed {@code stars}. */
    private static SelfAssessed scored(int total, int band, int stars, boolean heldBack) {
        return new SelfAssessed(true, total, band, stars, stars >= 3, false, heldBack, stars + 1, null);
    }

    @Test
    void theLowerEdgeOfThreeStarsIsReadyAndOnePointBelowIsNot() {
        assertThat(ReadinessRule.judge(FREE, scored(50, 3, 3, false))).isEqualTo(Readiness.READY);
        assertThat(ReadinessRule.judge(FREE, scored(49, 2, 2, false))).isEqualTo(Readiness.BELOW_CERTIFIABLE);
    }

    @Test
    void aMissedThreeStarRequirementKeepsAHighScoreOff() {
        // 74 points (4★ band) but a 3★ mark missed: the engine (FALLBACK) gives 2★, not certifiable
        assertThat(ReadinessRule.judge(FREE, scored(74, 4, 2, true)))
                .isEqualTo(Readiness.MINIMUM_REQUIREMENT_MISSED);
        // under the STRICT policy the engine gives 0 (not classed): same verdict
        assertThat(ReadinessRule.judge(FREE, scored(74, 4, 0, true)))
                .isEqualTo(Readiness.MINIMUM_REQUIREMENT_MISSED);
    }

    @Test
    void aFourStarScoreHeldBackByAFourStarMarkIsStillReadyAsThreeStars() {
        assertThat(ReadinessRule.judge(FREE, scored(72, 4, 3, true))).isEqualTo(Readiness.READY);
    }

    @Test
    void aDisqualificationWinsOverAnyScore() {
        SelfAssessed disqualified = new SelfAssessed(true, 95, 5, 0, false, true, false, null, null);
        assertThat(ReadinessRule.judge(FREE, disqualified)).isEqualTo(Readiness.DISQUALIFIED);
    }

    @Test
    void aDraftOrNoSelfAssessmentCountsForNothing() {
        SelfAssessed draft = new SelfAssessed(false, 80, 4, 4, true, false, false, 5, 90);
        assertThat(ReadinessRule.judge(FREE, draft)).isEqualTo(Readiness.NO_COMPLETED_SELF_ASSESSMENT);
        assertThat(ReadinessRule.judge(FREE, null)).isEqualTo(Readiness.NO_COMPLETED_SELF_ASSESSMENT);
    }

    @Test
    void aProductWithACertificateInForceARevocationOrAFiledDossierIsNotOnTheList() {
        SelfAssessed good = scored(80, 4, 4, false);
        assertThat(ReadinessRule.judge(new ProductStanding(true, false, false), good))
                .isEqualTo(Readiness.CERTIFICATE_IN_FORCE);
        assertThat(ReadinessRule.judge(new ProductStanding(false, true, false), good)).isEqualTo(Readiness.REVOKED);
        assertThat(ReadinessRule.judge(new ProductStanding(false, false, true), good))
                .isEqualTo(Readiness.DOSSIER_FILED);
    }
}
