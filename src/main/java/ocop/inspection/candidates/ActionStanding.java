package ocop.inspection.candidates;

import java.time.LocalDate;
import ocop.inspection.ActionStatus;

/**
 * Một biện pháp khắc phục as the at-risk rules read it.
 *
 * @param actionId      the corrective action
 * @param productId     the product of the visit that found it
 * @param status        open, done or escalated
 * @param deadline      the day it must be done by (thời hạn khắc phục)
 * @param description   what must be done
 * @param visitSubmitted the visit that recorded it is submitted (hoàn thành): only then was the producer told
 */
public record ActionStanding(long actionId, long productId, ActionStatus status, LocalDate deadline,
        String description, boolean visitSubmitted) {
}
