package ocop.inspection;

/**
 * A plan as typed (kế hoạch kiểm tra). {@code unitCode} null: the signed-in user's unit (a province officer names the
 * ward). {@code quarter} null: the whole year. {@code version}: the version read, when updating.
 */
public record PlanInput(String unitCode, Integer year, Integer quarter, String title, Integer version) {
}
