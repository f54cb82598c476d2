package ocop.access.internal;

import ocop.access.CurrentUser;
import ocop.access.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts from access.app_user, with the province of the user's unit. The system actor is no account: its
 * name (and any row that would claim its role) is unknown here, so nobody can sign in as it.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final AdminUnitQueries units;

    AccountUserDetailsService(AppUserRepository users, AdminUnitQueries units) {
        this.users = users;
        this.units = units;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUserRow row = users.findByUsername(username.trim()).filter(r -> !SystemActor.isSystem(r))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new OcopUserDetails(toCurrentUser(row), row.passwordHash(), row.enabled());
    }

    CurrentUser toCurrentUser(AppUserRow row) {
        String province = units.provinceOf(row.unitCode());
        return new CurrentUser(row.id(), row.username(), row.fullName(), Role.valueOf(row.role()), row.unitCode(),
                province, row.neighbourhoodId(), row.producerId());
    }
}
