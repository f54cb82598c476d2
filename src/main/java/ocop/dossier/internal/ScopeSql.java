package ocop.dossier.internal;

import java.util.Map;
import ocop.access.UnitScope;

/**
 * Turns a user's {@link UnitScope} into a SQL predicate on one of this module's tables (alias given), each of which
 * stores {@code province_code}, {@code unit_code}, {@code neighbourhood_id} and {@code producer_id} copied from the
 * registry, so every dossier, cycle and flag query is filtered in the database as the registry's are.
 */
public final class ScopeSql {

    private ScopeSql() {
    }

    public static String on(String alias, UnitScope scope, Map<String, Object> params) {
        String a = alias + ".";
        return switch (scope.kind()) {
            case ALL -> "TRUE";
            case PROVINCE -> {
                params.put("scopeProvince", scope.provinceCode());
                yield a + "province_code = :scopeProvince";
            }
            case UNIT -> {
                params.put("scopeUnit", scope.unitCode());
                yield a + "unit_code = :scopeUnit";
            }
            case NEIGHBOURHOOD -> {
                params.put("scopeUnit", scope.unitCode());
                params.put("scopeNeighbourhood", scope.neighbourhoodId());
                yield a + "unit_code = :scopeUnit AND " + a + "neighbourhood_id = :scopeNeighbourhood";
            }
            case PRODUCER -> {
                params.put("scopeProducer", scope.producerId());
                yield a + "producer_id = :scopeProducer";
            }
        };
    }

    /** Flags have no producer: a producer sees none. */
    public static String onFlag(String alias, UnitScope scope, Map<String, Object> params) {
        return scope.kind() == UnitScope.Kind.PRODUCER ? "FALSE" : on(alias, scope, params);
    }
}
