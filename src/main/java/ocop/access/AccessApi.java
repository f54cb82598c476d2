package ocop.access;

import java.util.List;
import java.util.Optional;

/** What other modules ask of access: who is signed in, and the administrative units and neighbourhoods. */
public interface AccessApi {

    /** The signed-in user; throws {@link ocop.system.ForbiddenException} outside an authenticated request. */
    CurrentUser currentUser();

    Optional<CurrentUser> currentUserIfAny();

    /** The unit as named today. */
    Optional<AdministrativeUnit> unit(String code);

    List<Neighbourhood> neighbourhoods(String unitCode);

    Optional<Neighbourhood> neighbourhood(long id);

    /** Adds a neighbourhood (khu phố) to a unit, or returns the existing one of that name. */
    Neighbourhood addNeighbourhood(String unitCode, String name, boolean demo);
}
