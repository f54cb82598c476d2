package ocop.inspection.internal.candidates;

import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.CurrentUser;
import org.springframework.stereotype.Component;

/** Tên phạm vi của người dùng (the name of what the signed-in user sees), for titles: its ward, its province, or all. */
@Component
public class ScopeNames {

    private final AccessApi access;

    ScopeNames(AccessApi access) {
        this.access = access;
    }

    public String current() {
        CurrentUser me = access.currentUser();
        return switch (me.scope().kind()) {
            case ALL -> "Tất cả đơn vị";
            case PROVINCE -> name(me.provinceCode());
            default -> name(me.unitCode());
        };
    }

    private String name(String code) {
        return code == null ? "" : access.unit(code).map(AdministrativeUnit::name).orElse(code);
    }
}
