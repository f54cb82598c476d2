package ocop.access.internal;

import java.util.Locale;
import ocop.access.CurrentUser;
import ocop.access.Role;

/**
 * Tác nhân hệ thống (the system actor) as Spring Security sees it: a principal built in memory, never loaded from
 * {@code access.app_user}, with no password (so no password can match) and marked disabled, so that even a
 * pre-authenticated check would refuse it. Its user name is reserved: no account may take it, and sign-in refuses it.
 */
final class SystemActor {

    private SystemActor() {
    }

    static OcopUserDetails details() {
        return new OcopUserDetails(CurrentUser.system(), null, false);
    }

    /** Whether a user name is the system actor's (any case, surrounding spaces ignored). */
    static boolean reserved(String username) {
        return username != null
                && username.strip().toLowerCase(Locale.ROOT).equals(CurrentUser.SYSTEM_USERNAME);
    }

    /** Whether a stored account would stand for the system actor (its role or name): it must never sign in. */
    static boolean isSystem(AppUserRow row) {
        return Role.SYSTEM.name().equals(row.role()) || reserved(row.username());
    }
}
