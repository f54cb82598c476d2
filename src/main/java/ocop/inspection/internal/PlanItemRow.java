package ocop.inspection.internal;

import java.time.LocalDate;

/** A row of inspection.plan_item, with the plan's status and the initial visit started from it (if any). */
record PlanItemRow(long id, long planId, String unitCode, String provinceCode, long productId, long producerId,
                   LocalDate plannedOn, String inspectors, String note, Long visitId, int version) {
}
