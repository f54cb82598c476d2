package ocop.criteria;

import java.time.LocalDate;

/**
 * Kết quả phiếu tự đánh giá (a self-assessment with the engine's verdict), as lists in other modules read it: the
 * product and producer it belongs to, its status and dates, and the {@link Evaluation} of the answers and declared
 * disqualifications as last saved, made on the sheet version it was started with (total, stars, unmet minimum
 * requirements, disqualification, the gap to the next class).
 *
 * @param status      {@code DRAFT} or {@code COMPLETED} (see {@link SelfAssessmentSummary})
 * @param completedOn the day it was completed, or null for a draft
 * @param updatedOn   the day it was last saved
 */
public record SelfAssessmentResult(long id, long productId, long producerId, String unitCode, String status,
        LocalDate completedOn, LocalDate updatedOn, Evaluation evaluation) {

    public boolean completed() {
        return SelfAssessmentSummary.COMPLETED.equals(status);
    }
}
