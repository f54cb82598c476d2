package ocop.access.web;

import ocop.access.internal.UserAdministration;

/**
 * Biểu mẫu tài khoản (account form) as typed, kept as text so nothing typed is lost when it comes back with
 * errors. {@code password} is the initial password on create and the optional new password on edit.
 */
record UserForm(String username, String fullName, String role, String unitCode, Long neighbourhoodId,
                String producerId, String password, Boolean enabled, Integer version) {

    static UserForm empty() {
        return new UserForm("", "", "", "", null, "", "", true, null);
    }

    static UserForm of(UserAdministration.UserItem u) {
        return new UserForm(u.username(), u.fullName(), u.role(), u.unitCode(), u.neighbourhoodId(),
                u.producerId() == null ? "" : String.valueOf(u.producerId()), "", u.enabled(), u.version());
    }

    /** The form without the password, to show again after an error. */
    UserForm withoutPassword() {
        return new UserForm(username, fullName, role, unitCode, neighbourhoodId, producerId, "", enabled, version);
    }

    UserAdministration.NewUser toNewUser() {
        return new UserAdministration.NewUser(username, fullName, role, unitCode, neighbourhoodId, producer(),
                password);
    }

    UserAdministration.UserChanges toChanges() {
        return new UserAdministration.UserChanges(fullName, role, unitCode, neighbourhoodId, producer(),
                Boolean.TRUE.equals(enabled), password, version);
    }

    /** The producer id, or null when blank or not a number (the service then says what is missing). */
    private Long producer() {
        try {
            return producerId == null || producerId.isBlank() ? null : Long.valueOf(producerId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
