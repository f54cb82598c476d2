package ocop.inspection.web;

import java.util.List;
import java.util.Set;
import ocop.access.AccessApi;
import ocop.access.Role;
import ocop.access.UnitMember;
import org.springframework.stereotype.Component;

/**
 * Cán bộ của phường who may be named inspectors: the active ward leaders, economic officers and staff of the ward's
 * units, read from access in the signed-in user's scope.
 */
@Component
class WardTeam {

    private static final Set<Role> INSPECTOR_ROLES = Set.of(Role.WARD_LEADER, Role.WARD_OFFICER, Role.WARD_UNIT);

    private final AccessApi access;

    WardTeam(AccessApi access) {
        this.access = access;
    }

    List<UnitMember> of(String unitCode) {
        return access.activeUsers(unitCode, INSPECTOR_ROLES);
    }
}
