package ocop.inspection.web;

import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.inspection.domain.InspectionPermissions;
import ocop.system.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may do on the inspection pages: {@link InspectionPermissions} asked with the record's unit
 * and its province, so the pages show only the buttons the services will accept.
 */
@Component
class InspectionPageAccess {

    private final AccessApi access;

    InspectionPageAccess(AccessApi access) {
        this.access = access;
    }

    CurrentUser me() {
        return access.currentUser();
    }

    /** Plans, requests and actions are for officials; a producer or a neighbourhood head gets a 403 page. */
    CurrentUser requireOfficial() {
        CurrentUser me = me();
        InspectionPermissions.Reach reach = InspectionPermissions.reach(me);
        if (reach == InspectionPermissions.Reach.OWN_PRODUCER || reach == InspectionPermissions.Reach.NONE) {
            throw new ForbiddenException("Trang kiểm tra, giám sát dành cho cán bộ phường, xã và cán bộ tỉnh.");
        }
        return me;
    }

    boolean mayWrite(String unitCode) {
        return InspectionPermissions.mayWrite(me(), unitCode, province(unitCode));
    }

    boolean mayApprove(String unitCode) {
        return InspectionPermissions.mayApprovePlan(me(), unitCode, province(unitCode));
    }

    /** Writers of the records in the user's own scope (every record listed is in scope). */
    boolean writesInScope() {
        return me().is(Role.WARD_OFFICER, Role.PROVINCE_OFFICER, Role.ADMIN);
    }

    String unitName(String unitCode) {
        return access.unit(unitCode).map(AdministrativeUnit::name).orElse(unitCode);
    }

    private String province(String unitCode) {
        return access.unit(unitCode).map(AdministrativeUnit::provinceCode).orElse(null);
    }
}
