package ocop.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ocop.certification.Article8Ground;
import ocop.inspection.ActionStatus;
import ocop.inspection.Answer;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.Severity;
import ocop.inspection.domain.OutcomeRules.AnsweredItem;
import ocop.inspection.domain.OutcomeRules.ChainAction;
import ocop.system.FieldError;
import org.junit.jupiter.api.Test;

/** What a visit needs before its outcome is recorded. */
class OutcomeRulesTests {

    private static final List<AnsweredItem> ALL_MET = List.of(new AnsweredItem("SX.1", Answer.MEETS, null, false),
            new AnsweredItem("VS.1", Answer.NOT_APPLICABLE, null, false));

    @Test
    void maintainedWithEverythingMetAndNoActions() {
        assertThat(OutcomeRules.check(InspectionOutcome.CRITERIA_MAINTAINED, null, null, ALL_MET, List.of()))
                .isEmpty();
    }

    @Test
    void everyItemAnsweredAndANotMeetsNeedsANoteOrAFinding() {
        List<AnsweredItem> items = List.of(new AnsweredItem("SX.1", null, null, false),
                new AnsweredItem("SX.2", Answer.NOT_MEETS, " ", false),
                new AnsweredItem("SX.3", Answer.NOT_MEETS, "Thiếu sổ", false),
                new AnsweredItem("SX.4", Answer.NOT_MEETS, null, true));
        assertThat(OutcomeRules.check(InspectionOutcome.CRITERIA_MAINTAINED, null, null, items, List.of()))
                .extracting(FieldError::field).containsExactly("answers[SX.1]", "answers[SX.2]");
    }

    @Test
    void revocationNeedsAGroundAndAReasonAndAGroundOnlyWithIt() {
        assertThat(OutcomeRules.check(InspectionOutcome.PROPOSE_REVOCATION, null, null, ALL_MET, List.of()))
                .extracting(FieldError::field).containsExactly("revocationGround", "conclusion");
        assertThat(OutcomeRules.check(InspectionOutcome.PROPOSE_REVOCATION, Article8Ground.DD, "Đã ngừng sản xuất",
                ALL_MET, List.of())).isEmpty();
        assertThat(OutcomeRules.check(InspectionOutcome.CRITERIA_MAINTAINED, Article8Ground.B, null, ALL_MET,
                List.of())).extracting(FieldError::field).containsExactly("revocationGround");
    }

    @Test
    void notMaintainedWhileASeriousFindingIsUnresolved() {
        for (Severity s : List.of(Severity.MAJOR, Severity.CRITICAL)) {
            for (ActionStatus st : List.of(ActionStatus.OPEN, ActionStatus.ESCALATED)) {
                assertThat(OutcomeRules.check(InspectionOutcome.CRITERIA_MAINTAINED, null, null, ALL_MET,
                        List.of(new ChainAction(s, st)))).extracting(FieldError::field).containsExactly("outcome");
            }
            assertThat(OutcomeRules.check(InspectionOutcome.CRITERIA_MAINTAINED, null, null, ALL_MET,
                    List.of(new ChainAction(s, ActionStatus.DONE)))).isEmpty();
        }
        assertThat(OutcomeRules.check(InspectionOutcome.CRITERIA_MAINTAINED, null, null, ALL_MET,
                List.of(new ChainAction(Severity.MINOR, ActionStatus.OPEN)))).isEmpty();
    }

    @Test
    void correctiveActionRequiredNeedsAnOpenAction() {
        assertThat(OutcomeRules.check(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED, null, null, ALL_MET,
                List.of(new ChainAction(Severity.MINOR, ActionStatus.DONE)))).extracting(FieldError::field)
                .containsExactly("outcome");
        assertThat(OutcomeRules.check(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED, null, null, ALL_MET,
                List.of(new ChainAction(Severity.MINOR, ActionStatus.OPEN)))).isEmpty();
        assertThat(OutcomeRules.check(null, null, null, ALL_MET, List.of())).extracting(FieldError::field)
                .containsExactly("outcome");
    }
}
