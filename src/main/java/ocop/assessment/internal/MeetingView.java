package ocop.assessment.internal;

import java.time.LocalDateTime;
import java.util.List;
import ocop.assessment.domain.MeetingProduct;
import ocop.assessment.domain.Opinion;

/**
 * A meeting as shown and returned by {@code /api/v1/meetings/{id}} (cuộc họp lấy ý kiến): time, place, chair, units
 * invited, the products, the opinions recorded, its invitation and minutes, and what the user may do.
 */
public record MeetingView(long id, LocalDateTime heldAt, String place, String chair, List<String> units,
                          List<MeetingProduct> products, List<Opinion> opinions, DocumentRef invitation,
                          DocumentRef minutes, boolean mayManage, boolean mayGiveOpinion, boolean recordsForOthers) {

    /** A document of the meeting: id, state ({@code DRAFT}, {@code ISSUED} …) and number once issued. */
    public record DocumentRef(long id, String status, String number) {

        public boolean issued() {
            return "ISSUED".equals(status) || "REPLACED".equals(status);
        }
    }

    /** Whether opinions may still be recorded (until the minutes are issued). */
    public boolean open() {
        return minutes == null || !minutes.issued();
    }
}
