package ocop.documents.domain;

import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.access.UnitScope;

/**
 * Who may do what with outgoing documents (quyền với văn bản đi): everyone of the unit reads them (province officers
 * those of their province), ward officers (and admins) draft, only ward leaders issue, those who draft and the
 * leader may discard a draft, leaders and admins keep the settings. Producers have no access to the ward's register.
 */
public final class DocumentPermissions {

    private DocumentPermissions() {
    }

    /** Whether the user may open the register at all. */
    public static boolean mayUseRegister(CurrentUser user) {
        return !user.is(Role.PRODUCER);
    }

    /** Whether a document of this unit and province is inside what the user may read. */
    public static boolean mayRead(CurrentUser user, String unitCode, String provinceCode) {
        UnitScope scope = user.scope();
        return switch (scope.kind()) {
            case ALL -> true;
            case PROVINCE -> scope.provinceCode().equals(provinceCode);
            case UNIT, NEIGHBOURHOOD -> scope.unitCode().equals(unitCode);
            case PRODUCER -> false;
        };
    }

    public static boolean mayDraft(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.ADMIN);
    }

    public static boolean mayIssue(CurrentUser user) {
        return user.is(Role.WARD_LEADER);
    }

    /** Whether the user may discard (hủy) a draft of a unit in scope: who may draft there, or the ward leader. */
    public static boolean mayDiscard(CurrentUser user) {
        return mayDraft(user) || mayIssue(user);
    }

    public static boolean mayEditSettings(CurrentUser user) {
        return user.is(Role.WARD_LEADER, Role.ADMIN);
    }
}
