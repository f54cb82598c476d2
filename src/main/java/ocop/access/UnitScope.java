package ocop.access;

/**
 * What part of the data a user may read (phạm vi dữ liệu): everything (admin, the system actor), one province, one commune-level
 * unit, one neighbourhood of a unit, or one producer's own records. Modules translate it into SQL predicates.
 */
public record UnitScope(Kind kind, String provinceCode, String unitCode, Long neighbourhoodId, Long producerId) {

    public enum Kind { ALL, PROVINCE, UNIT, NEIGHBOURHOOD, PRODUCER }

    static UnitScope of(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN, SYSTEM -> new UnitScope(Kind.ALL, null, null, null, null);
            case PROVINCE_OFFICER -> new UnitScope(Kind.PROVINCE, user.provinceCode(), null, null, null);
            case NEIGHBOURHOOD_HEAD -> new UnitScope(Kind.NEIGHBOURHOOD, user.provinceCode(), user.unitCode(),
                    user.neighbourhoodId() == null ? -1L : user.neighbourhoodId(), null);
            case PRODUCER -> new UnitScope(Kind.PRODUCER, user.provinceCode(), user.unitCode(), null,
                    user.producerId() == null ? -1L : user.producerId());
            default -> new UnitScope(Kind.UNIT, user.provinceCode(), user.unitCode(), null, null);
        };
    }

    /** Whether a record of this unit (and, where it matters, neighbourhood and producer) is inside the scope. */
    public boolean includes(String recordProvince, String recordUnit, Long recordNeighbourhood, Long recordProducer) {
        return switch (kind) {
            case ALL -> true;
            case PROVINCE -> provinceCode.equals(recordProvince);
            case UNIT -> unitCode.equals(recordUnit);
            case NEIGHBOURHOOD -> unitCode.equals(recordUnit) && neighbourhoodId.equals(recordNeighbourhood);
            case PRODUCER -> producerId.equals(recordProducer);
        };
    }
}
