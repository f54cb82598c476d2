package ocop.inspection;

import java.time.LocalDate;

/**
 * A corrective action (biện pháp khắc phục) with its finding and product; {@code overdue} (quá hạn) is OPEN with the
 * deadline before today.
 */
public record ActionView(long id, long findingId, long visitId, long rootVisitId, long productId, String productName,
                         String findingText, Severity severity, String description, String owner, LocalDate deadline,
                         ActionStatus status, boolean overdue, Long closedVisitId, LocalDate closedOn,
                         String closingNote, LocalDate escalatedOn, String escalationNote, int version) {
}
