package ocop.inspection.internal;

import java.time.LocalDate;
import ocop.inspection.PlanStatus;

/** A row of inspection.plan. */
record PlanRow(long id, String unitCode, String provinceCode, int year, Integer quarter, String title,
               PlanStatus status, String approvedBy, LocalDate approvedOn, String createdBy, int version) {
}
