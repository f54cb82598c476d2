package ocop.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules ask of access: who is signed in, and the administrative units and neighbourhoods. */
public interface AccessApi {

    /** The signed-in user; throws {@link ocop.system.ForbiddenException} outside an authenticated request. */
    CurrentUser currentUser();

    Optional<CurrentUser> currentUserIfAny();

    /** The unit as named today. */
    Optional<AdministrativeUnit> unit(String code);

    List<Neighbourhood> neighbourhoods(String unitCode);

    Optional<Neighbourhood> neighbourhood(long id);

    /**
     * The active accounts of a unit with one of {@code roles} (every role when empty), by full name. Only for the
     * unit's own officials (ward leader, ward officer, ward unit), a province officer of its province and an admin:
     * other roles get a {@link ocop.system.ForbiddenException}; a unit outside the user's scope, or unknown, a
     * {@link ocop.system.NotFoundException}.
     */
    List<UnitMember> activeUsers(String unitCode, Set<Role> roles);

    /** Adds a neighbourhood (khu phố) to a unit, or returns the existing one of that name. */
    Neighbourhood addNeighbourhood(String unitCode, String name, boolean demo);
}
