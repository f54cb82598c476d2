package ocop.inspection.internal;

import java.util.Map;
import ocop.access.CurrentUser;
import ocop.inspection.domain.InspectionPermissions;

/**
 * The signed-in user's reach ({@link InspectionPermissions#reach}) as SQL predicates, so every inspection query is
 * filtered in the database: on a table alias with {@code unit_code} and {@code province_code} (and, for visits and
 * actions, {@code producer_id}).
 */
final class InspectionScope {

    private InspectionScope() {
    }

    /** Plans, plan items and ad-hoc requests: officials only. */
    static String internal(CurrentUser user, String alias, Map<String, Object> params) {
        return switch (InspectionPermissions.reach(user)) {
            case ALL -> "TRUE";
            case PROVINCE -> {
                params.put("scopeProvince", user.provinceCode());
                yield alias + ".province_code = :scopeProvince";
            }
            case UNIT -> {
                params.put("scopeUnit", user.unitCode());
                yield alias + ".unit_code = :scopeUnit";
            }
            case OWN_PRODUCER, NONE -> "FALSE";
        };
    }

    /** Visits (alias of inspection.visit): officials as {@link #internal}; a producer its own submitted visits. */
    static String visits(CurrentUser user, String alias, Map<String, Object> params) {
        if (InspectionPermissions.reach(user) == InspectionPermissions.Reach.OWN_PRODUCER) {
            params.put("scopeProducer", user.producerId() == null ? -1L : user.producerId());
            return alias + ".producer_id = :scopeProducer AND " + alias + ".status = 'SUBMITTED'";
        }
        return internal(user, alias, params);
    }
}
