package ocop.inspection.web;

import ocop.certification.Article8Ground;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.SubmitInput;

/**
 * Hoàn thành biên bản: the outcome, the Điều 8.1 ground (kept only to propose a revocation, as the select is hidden
 * otherwise), the conclusion, the visit's version as read.
 */
record SubmitForm(InspectionOutcome outcome, Article8Ground revocationGround, String conclusion, Integer version) {

    static SubmitForm empty() {
        return new SubmitForm(null, null, null, null);
    }

    SubmitInput input() {
        return new SubmitInput(outcome, outcome == InspectionOutcome.PROPOSE_REVOCATION ? revocationGround : null,
                conclusion, version);
    }
}
