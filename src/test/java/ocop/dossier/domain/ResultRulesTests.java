package ocop.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;
import ocop.dossier.ResultInput;
import ocop.registry.RecognitionLevel;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a recorded result means: not recognised, proposed to the ministry, recognised at which level. */
class ResultRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 20);
    private static final ResultRules.Policy POLICY = ResultRules.Policy.decree26();

    @ParameterizedTest(name = "{0}: {1} points, {2}★ → {3}")
    @CsvSource({
            "SENT_TO_PROVINCE, 49.99, 3, RECORD_NOT_RECOGNISED",
            "SENT_TO_PROVINCE, 50, 3, RECORD_RECOGNISED",
            "SENT_TO_PROVINCE, 72, 4, RECORD_RECOGNISED",
            "SENT_TO_PROVINCE, 90, 4, RECORD_PROPOSED_TO_MINISTRY",
            "PROPOSED_TO_MINISTRY, 93, 5, RECORD_RECOGNISED",
            "PROPOSED_TO_MINISTRY, 85, 4, RECORD_RECOGNISED",
    })
    void theScoreDecides(DossierStatus from, BigDecimal score, int stars, DossierAction expected) {
        var outcome = ResultRules.decide(from, input(score, stars, false), POLICY, TODAY);
        assertThat(outcome.action()).isEqualTo(expected);
        if (expected == DossierAction.RECORD_RECOGNISED) {
            assertThat(outcome.level()).isEqualTo(stars == 5 ? RecognitionLevel.MINISTRY : RecognitionLevel.PROVINCE);
        }
    }

    @Test
    void anExplicitRefusalNeedsNoScore() {
        var outcome = ResultRules.decide(DossierStatus.SENT_TO_PROVINCE, input(null, null, true), POLICY, TODAY);
        assertThat(outcome.action()).isEqualTo(DossierAction.RECORD_NOT_RECOGNISED);
    }

    @Test
    void theProvinceDoesNotGiveFiveStarsNorFourUnderSeventy() {
        assertThatThrownBy(() -> ResultRules.decide(DossierStatus.SENT_TO_PROVINCE, input(BigDecimal.valueOf(80), 5, false),
                POLICY, TODAY)).isInstanceOf(InvalidInputException.class).hasMessageContaining("3★ hoặc 4★");
        assertThatThrownBy(() -> ResultRules.decide(DossierStatus.SENT_TO_PROVINCE, input(BigDecimal.valueOf(65), 4, false),
                POLICY, TODAY)).isInstanceOf(InvalidInputException.class).hasMessageContaining("70");
    }

    @Test
    void aRecognitionNeedsItsDecisionAndNoFutureDates() {
        var noDecision = new ResultInput(BigDecimal.valueOf(60), 3, null, null, null, null, false, null, null);
        assertThatThrownBy(() -> ResultRules.decide(DossierStatus.SENT_TO_PROVINCE, noDecision, POLICY, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(ocop.system.FieldError::field).containsExactly("decisionNo", "decisionDate"));
        var future = new ResultInput(BigDecimal.valueOf(60), 3, "1/QĐ", TODAY.plusDays(1), null, null, false, null, null);
        assertThatThrownBy(() -> ResultRules.decide(DossierStatus.SENT_TO_PROVINCE, future, POLICY, TODAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyForADossierWithTheProvince() {
        assertThatThrownBy(() -> ResultRules.decide(DossierStatus.WARD_ASSESSMENT, input(BigDecimal.TEN, 3, false),
                POLICY, TODAY)).isInstanceOf(ConflictException.class);
    }

    private static ResultInput input(BigDecimal score, Integer stars, boolean refused) {
        return new ResultInput(score, stars, "2145/QĐ-UBND", TODAY.minusDays(3), "GCN-01", null, refused, null, null);
    }
}
