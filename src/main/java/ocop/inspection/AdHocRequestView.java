package ocop.inspection;

import java.time.LocalDate;

/**
 * Yêu cầu kiểm tra đột xuất (an ad-hoc inspection request). {@code raisedBy} null: raised by the system (an expired
 * certificate); {@code visitId}: the visit started from it, null while it waits.
 */
public record AdHocRequestView(long id, String unitCode, long productId, String productName, AdHocReason reason,
                               String sourceRef, String note, LocalDate raisedOn, String raisedBy, Long visitId) {
}
