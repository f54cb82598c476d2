package ocop.inspection;

import java.time.LocalDate;

/** A visit in a list: product, kind, day, status and, once submitted, the outcome. */
public record VisitSummary(long id, long productId, String productName, VisitKind kind, LocalDate visitedOn,
                           VisitStatus status, InspectionOutcome outcome) {
}
