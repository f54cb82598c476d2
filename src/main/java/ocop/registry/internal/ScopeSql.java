package ocop.registry.internal;

import java.util.Map;
import ocop.access.UnitScope;

/**
 * Turns a user's {@link UnitScope} into a SQL predicate on a producer alias ({@code pr}), so that every registry
 * query is filtered in the database by unit, neighbourhood or producer.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    static String onProducer(UnitScope scope, Map<String, Object> params) {
        return switch (scope.kind()) {
            case ALL -> "TRUE";
            case PROVINCE -> {
                params.put("scopeProvince", scope.provinceCode());
                yield "pr.province_code = :scopeProvince";
            }
            case UNIT -> {
                params.put("scopeUnit", scope.unitCode());
                yield "pr.unit_code = :scopeUnit";
            }
            case NEIGHBOURHOOD -> {
                params.put("scopeUnit", scope.unitCode());
                params.put("scopeNeighbourhood", scope.neighbourhoodId());
                yield "pr.unit_code = :scopeUnit AND pr.neighbourhood_id = :scopeNeighbourhood";
            }
            case PRODUCER -> {
                params.put("scopeProducer", scope.producerId());
                yield "pr.id = :scopeProducer";
            }
        };
    }

    /** A LIKE pattern for a folded search text, with LIKE's wildcards escaped. */
    static String containsPattern(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
