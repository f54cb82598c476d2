package ocop.access;

/**
 * The signed-in person (người dùng đang đăng nhập): role, the administrative unit it belongs to and, for a
 * neighbourhood head or a producer, the neighbourhood or producer it is tied to. Scheduled jobs act as
 * {@link #system()}, the built-in system actor, which is no account and cannot sign in.
 */
public record CurrentUser(long id, String username, String fullName, Role role, String unitCode,
                          String provinceCode, Long neighbourhoodId, Long producerId) {

    /** The user name of the system actor, reserved: no account may take it. */
    public static final String SYSTEM_USERNAME = "system";

    /** How the system actor is named to people (audit trail, notifications). */
    public static final String SYSTEM_LABEL = "Hệ thống (tác vụ tự động)";

    /** Hệ thống: the principal of scheduled jobs, with the scope of every unit and no account behind it. */
    public static CurrentUser system() {
        return new CurrentUser(0, SYSTEM_USERNAME, "Hệ thống", Role.SYSTEM, null, null, null, null);
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }

    /** Whether this is the system actor of scheduled jobs. */
    public boolean isSystem() {
        return role == Role.SYSTEM;
    }

    /** The name people see for this actor: the full name, or {@value #SYSTEM_LABEL}. */
    public String displayName() {
        return isSystem() ? SYSTEM_LABEL : fullName;
    }

    /** The records this user may read, to be applied on the server in every query. */
    public UnitScope scope() {
        return UnitScope.of(this);
    }
}
