package ocop.access;

/**
 * The signed-in person (người dùng đang đăng nhập): role, the administrative unit it belongs to and, for a
 * neighbourhood head or a producer, the neighbourhood or producer it is tied to.
 */
public record CurrentUser(long id, String username, String fullName, Role role, String unitCode,
                          String provinceCode, Long neighbourhoodId, Long producerId) {

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }

    /** The records this user may read, to be applied on the server in every query. */
    public UnitScope scope() {
        return UnitScope.of(this);
    }
}
