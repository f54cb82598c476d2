package ocop.access.internal;

/** What the audit trail and the admin pages show of an account: never the password hash. */
record UserView(Long id, String username, String fullName, String role, String unitCode, Long neighbourhoodId,
                Long producerId, boolean enabled) {

    static UserView of(AppUserRow row) {
        return new UserView(row.id(), row.username(), row.fullName(), row.role(), row.unitCode(),
                row.neighbourhoodId(), row.producerId(), row.enabled());
    }
}
