package ocop.inspection.web;

import java.time.LocalDate;
import ocop.inspection.ActionInput;

/** The corrective action form under a finding (biện pháp khắc phục): what, who, by when. */
record ActionForm(String description, String owner, LocalDate deadline) {

    static ActionForm empty() {
        return new ActionForm(null, null, null);
    }

    ActionInput input() {
        return new ActionInput(description, owner, deadline);
    }
}
