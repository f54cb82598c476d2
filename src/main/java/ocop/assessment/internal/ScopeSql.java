package ocop.assessment.internal;

import java.util.Map;
import ocop.access.UnitScope;

/** A user's {@link UnitScope} as a SQL predicate on a row's {@code unit_code} / {@code province_code}. */
final class ScopeSql {

    private ScopeSql() {
    }

    /** Ward-level records (meetings, requests): producers and neighbourhood heads see none. */
    static String onUnit(UnitScope scope, String alias, Map<String, Object> params) {
        return switch (scope.kind()) {
            case ALL -> "TRUE";
            case PROVINCE -> {
                params.put("scopeProvince", scope.provinceCode());
                yield alias + ".province_code = :scopeProvince";
            }
            case UNIT -> {
                params.put("scopeUnit", scope.unitCode());
                yield alias + ".unit_code = :scopeUnit";
            }
            case NEIGHBOURHOOD, PRODUCER -> "FALSE";
        };
    }
}
