package ocop.inspection.web;

import java.util.List;
import ocop.inspection.AdHocInput;
import ocop.inspection.AdHocReason;

/**
 * Kiểm tra đột xuất as typed on the overview: the product, the reason (a complaint or another reason — an expired
 * certificate is raised by the system only), where it comes from (e.g. "Đơn phản ánh số 12 ngày 20/11/2026"), a note.
 */
record AdHocForm(Long productId, AdHocReason reason, String sourceRef, String note) {

    /** The reasons a person may give; {@link AdHocReason#EXPIRED_CERTIFICATE} is the system's. */
    static final List<AdHocReason> REASONS = List.of(AdHocReason.COMPLAINT, AdHocReason.OTHER);

    static AdHocForm empty() {
        return new AdHocForm(null, AdHocReason.COMPLAINT, null, null);
    }

    AdHocInput input() {
        return new AdHocInput(productId, reason, sourceRef, note);
    }
}
