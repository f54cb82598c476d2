package ocop.access.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.CurrentUser;
import ocop.access.Neighbourhood;
import ocop.access.Role;
import ocop.access.UnitMember;
import ocop.system.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultAccessApi implements AccessApi {

    private final AdminUnitQueries units;
    private final UnitMembers members;
    private final Clock clock;

    DefaultAccessApi(AdminUnitQueries units, UnitMembers members, Clock clock) {
        this.units = units;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUserIfAny().orElseThrow(() -> new ForbiddenException("Cần đăng nhập."));
    }

    @Override
    public Optional<CurrentUser> currentUserIfAny() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OcopUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    @Override
    public Optional<AdministrativeUnit> unit(String code) {
        return units.unit(code, LocalDate.now(clock));
    }

    @Override
    public List<Neighbourhood> neighbourhoods(String unitCode) {
        return units.neighbourhoods(unitCode);
    }

    @Override
    public Optional<Neighbourhood> neighbourhood(long id) {
        return units.neighbourhood(id);
    }

    @Override
    public List<UnitMember> activeUsers(String unitCode, Set<Role> roles) {
        return members.active(currentUser(), unitCode, roles);
    }

    @Override
    @Transactional
    public Neighbourhood addNeighbourhood(String unitCode, String name, boolean demo) {
        return units.addNeighbourhood(unitCode, name, demo);
    }
}
