package ocop.inspection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.access.CurrentUser;
import ocop.inspection.Inspector;
import ocop.inspection.PlanItemInput;

/**
 * A product to add to a plan: the product, the planned day, whether the signed-in officer goes (then the visit shows
 * on its "Hôm nay" view), other inspectors by name (one a line: people of other offices have no account), a note.
 */
record PlanItemForm(Long productId, LocalDate plannedOn, Boolean includeMe, String otherInspectors, String note) {

    static PlanItemForm empty() {
        return new PlanItemForm(null, null, true, null, null);
    }

    PlanItemInput input(CurrentUser me) {
        List<Inspector> team = new ArrayList<>();
        if (Boolean.TRUE.equals(includeMe)) {
            team.add(new Inspector(me.id(), me.fullName()));
        }
        if (otherInspectors != null) {
            otherInspectors.lines().map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> team.add(new Inspector(null, name)));
        }
        return new PlanItemInput(productId, plannedOn, team, note);
    }
}
