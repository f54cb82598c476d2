package ocop.dossier.domain;

import java.util.EnumSet;
import java.util.Set;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;

/**
 * Who may do what with dossiers, ideas and flags (quyền với hồ sơ OCOP). What a user may read at all is its
 * {@link ocop.access.UnitScope} (outside it a record does not exist: 404); these rules decide, inside the scope,
 * which roles may read dossiers, write them and move them (403 otherwise). Moves follow {@link Transitions}.
 */
public final class DossierPermissions {

    /** The states in which the producer's side may still change the forms and the evidence. */
    public static final Set<DossierStatus> EDITABLE = EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED);

    private DossierPermissions() {
    }

    /**
     * Dossiers carry financial statements and personal data: read by the ward's staff and units (who give opinions),
     * the province, admins and the producer itself; not by neighbourhood heads or mass organisations.
     */
    public static boolean mayRead(CurrentUser user) {
        return !user.is(Role.NEIGHBOURHOOD_HEAD, Role.MASS_ORGANISATION);
    }

    /** A producer for its own products; ward officers (for households) and admins for any product in scope. */
    public static boolean mayCreate(CurrentUser user, long producerId) {
        return user.is(Role.ADMIN, Role.WARD_OFFICER) || ownProducer(user, producerId);
    }

    /** Forms and evidence change only while the dossier is a draft or was returned, by the producer's side. */
    public static boolean mayEdit(CurrentUser user, long producerId, DossierStatus status) {
        return EDITABLE.contains(status) && mayCreate(user, producerId);
    }

    /** Whether the user's role may take this action from this state (the owner check is the scope's). */
    public static boolean mayAct(CurrentUser user, DossierStatus status, DossierAction action) {
        return Transitions.find(status, action).map(m -> m.roles().contains(user.role())).orElse(false);
    }

    /** Registering an idea or a product: the producer for itself, the ward officer for a household, admins. */
    public static boolean mayRegister(CurrentUser user, long producerId) {
        return mayCreate(user, producerId);
    }

    /** The ward's decisions on registrations and business plans, and the follow-up of flags. */
    public static boolean mayDecide(CurrentUser user) {
        return user.is(Role.ADMIN, Role.WARD_OFFICER);
    }

    /** Flagging a potential product of the khu phố. */
    public static boolean mayFlag(CurrentUser user) {
        return user.is(Role.NEIGHBOURHOOD_HEAD, Role.WARD_OFFICER, Role.ADMIN);
    }

    /** Reading the inbox of flags: the ward's staff, and a neighbourhood head its own khu phố's. */
    public static boolean mayReadFlags(CurrentUser user) {
        return user.is(Role.ADMIN, Role.WARD_OFFICER, Role.WARD_LEADER, Role.NEIGHBOURHOOD_HEAD);
    }

    /** Reading a product's cycle: everyone who may read the product, but mass organisations see no decisions. */
    public static boolean mayReadCycle(CurrentUser user) {
        return !user.is(Role.MASS_ORGANISATION);
    }

    private static boolean ownProducer(CurrentUser user, long producerId) {
        return user.is(Role.PRODUCER) && Long.valueOf(producerId).equals(user.producerId());
    }
}
