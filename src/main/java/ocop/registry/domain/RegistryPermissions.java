package ocop.registry.domain;

import ocop.access.CurrentUser;
import ocop.access.Role;

/**
 * Who may change the registry (quyền trên sổ chủ thể, sản phẩm). Reading is governed by the user's
 * {@link ocop.access.UnitScope}; these rules decide writing, for records already inside that scope.
 */
public final class RegistryPermissions {

    private RegistryPermissions() {
    }

    /** Ward officers register producers of their ward; admins anywhere. */
    public static boolean mayCreateProducer(CurrentUser user) {
        return user.is(Role.ADMIN, Role.WARD_OFFICER);
    }

    /** Ward officers and admins edit any producer in scope; a producer edits its own record. */
    public static boolean mayEditProducer(CurrentUser user, long producerId) {
        return user.is(Role.ADMIN, Role.WARD_OFFICER)
                || user.is(Role.PRODUCER) && Long.valueOf(producerId).equals(user.producerId());
    }

    public static boolean mayDelete(CurrentUser user) {
        return user.is(Role.ADMIN, Role.WARD_OFFICER);
    }

    /** Products: ward officers and admins; a producer for its own producer record. */
    public static boolean mayWriteProduct(CurrentUser user, long producerId) {
        return mayEditProducer(user, producerId);
    }

    /** Programme status and star history are the officers' to record (from decisions), never the producer's. */
    public static boolean mayRecordStatus(CurrentUser user) {
        return user.is(Role.ADMIN, Role.WARD_OFFICER, Role.PROVINCE_OFFICER);
    }

    /**
     * Changing the programme status alone: the officers, and the system actor (the daily expiry job marks a product
     * whose certificate expired as EXPIRED); the system never records stars.
     */
    public static boolean mayChangeStatus(CurrentUser user) {
        return mayRecordStatus(user) || user.is(Role.SYSTEM);
    }
}
