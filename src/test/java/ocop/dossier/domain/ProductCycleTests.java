package ocop.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ocop.system.ConflictException;
import org.junit.jupiter.api.Test;

/** The 6-step cycle: a new idea needs an accepted plan before its first dossier; an existing product does not. */
class ProductCycleTests {

    @Test
    void aNewIdeaIsAcceptedThenNeedsAnAcceptedPlan() {
        ProductCycle idea = ProductCycle.newIdea();
        assertThat(idea.step()).isEqualTo(CycleStep.IDEA);
        assertThat(idea.mayOpenFirstDossier(true)).isFalse();
        ProductCycle accepted = idea.acceptIdea();
        assertThat(accepted.step()).isEqualTo(CycleStep.BUSINESS_PLAN);
        assertThat(accepted.firstDossierBlocker(true)).contains("phương án");
        assertThat(accepted.mayOpenFirstDossier(false)).as("when the setting does not ask for a plan").isTrue();
        ProductCycle planned = accepted.submitPlan().acceptPlan();
        assertThat(planned.step()).isEqualTo(CycleStep.IMPLEMENTATION);
        assertThat(planned.mayOpenFirstDossier(true)).isTrue();
        assertThat(planned.reach(CycleStep.EVALUATION).reach(CycleStep.IDEA).step()).isEqualTo(CycleStep.EVALUATION);
    }

    @Test
    void aReturnedIdeaIsResubmittedAndAReturnedPlanRewritten() {
        ProductCycle returned = ProductCycle.newIdea().returnIdea();
        assertThatThrownBy(returned::acceptIdea).isInstanceOf(ConflictException.class);
        ProductCycle again = returned.resubmitIdea().acceptIdea().submitPlan().returnPlan();
        assertThat(again.plan()).isEqualTo(ProductCycle.Plan.RETURNED);
        assertThat(again.submitPlan().plan()).isEqualTo(ProductCycle.Plan.SUBMITTED);
    }

    @Test
    void anExistingProductGoesToEvaluationOnceAccepted() {
        ProductCycle existing = ProductCycle.existing();
        assertThat(existing.mayOpenFirstDossier(true)).isFalse();
        ProductCycle accepted = existing.acceptIdea();
        assertThat(accepted.step()).isEqualTo(CycleStep.EVALUATION);
        assertThat(accepted.mayOpenFirstDossier(true)).isTrue();
        assertThatThrownBy(accepted::submitPlan).isInstanceOf(ConflictException.class);
    }

    @Test
    void noPlanBeforeTheIdeaIsAccepted() {
        assertThatThrownBy(() -> ProductCycle.newIdea().submitPlan()).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ProductCycle.newIdea().acceptPlan()).isInstanceOf(ConflictException.class);
    }
}
