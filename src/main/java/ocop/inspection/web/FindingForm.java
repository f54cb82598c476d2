package ocop.inspection.web;

import ocop.inspection.FindingInput;
import ocop.inspection.Severity;

/** The finding form (ghi phát hiện) under the checklist: the item it concerns (optional), what, how serious. */
record FindingForm(String itemCode, String text, Severity severity) {

    static FindingForm empty() {
        return new FindingForm(null, null, null);
    }

    FindingInput input() {
        return new FindingInput(itemCode, text, severity);
    }
}
