package ocop.inspection.internal.candidates;

import ocop.criteria.Evaluation;
import ocop.criteria.SelfAssessmentResult;
import ocop.inspection.candidates.SelfAssessed;

/** A self-assessment and the engine's evaluation, as the selection rules read it. */
final class Assessments {

    private Assessments() {
    }

    static SelfAssessed of(SelfAssessmentResult r) {
        Evaluation e = r.evaluation();
        Evaluation.NextStar next = e.nextStar();
        return new SelfAssessed(r.completed(), e.total(), e.band(), e.stars(), e.certifiable(),
                e.disqualification() != null, !e.heldBackBy().isEmpty(), next == null ? null : next.stars(),
                next == null ? null : next.threshold());
    }
}
