package ocop.inspection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ocop.access.CurrentUser;
import ocop.access.UnitMember;
import ocop.inspection.Inspector;
import ocop.inspection.PlanItemInput;
import ocop.system.InvalidInputException;

/**
 * A product to add to a plan: the product, the planned day, whether the signed-in officer goes (then the visit shows
 * on its "Hôm nay" view), officials of the ward chosen by account ({@code inspectorIds}: the visit shows on their
 * "Hôm nay" too), other inspectors by name (one a line: people of other offices have no account), a note.
 */
record PlanItemForm(Long productId, LocalDate plannedOn, Boolean includeMe, List<Long> inspectorIds,
                    String otherInspectors, String note) {

    static PlanItemForm empty() {
        return new PlanItemForm(null, null, true, List.of(), null, null);
    }

    /** Whether the official with this account id is ticked (to keep the ticks on an error). */
    public boolean chose(long userId) {
        return inspectorIds != null && inspectorIds.contains(userId);
    }

    /** The input, the chosen accounts named as the ward lists them; an account not in {@code team} is refused. */
    PlanItemInput input(CurrentUser me, List<UnitMember> team) {
        Map<Long, UnitMember> byId = team.stream().collect(Collectors.toMap(UnitMember::id, Function.identity()));
        List<Inspector> inspectors = new ArrayList<>();
        if (Boolean.TRUE.equals(includeMe)) {
            inspectors.add(new Inspector(me.id(), me.fullName()));
        }
        for (Long id : inspectorIds == null ? List.<Long>of() : new LinkedHashSet<>(inspectorIds)) {
            if (id == null || Boolean.TRUE.equals(includeMe) && id == me.id()) {
                continue;
            }
            UnitMember member = byId.get(id);
            if (member == null) {
                throw new InvalidInputException("inspectors",
                        "Người kiểm tra đã chọn không còn là cán bộ của phường. Hãy chọn lại.");
            }
            inspectors.add(new Inspector(member.id(), member.fullName()));
        }
        if (otherInspectors != null) {
            otherInspectors.lines().map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> inspectors.add(new Inspector(null, name)));
        }
        return new PlanItemInput(productId, plannedOn, inspectors, note);
    }
}
