package ocop.inspection;

import java.time.LocalDate;

/**
 * Sản phẩm sẵn sàng đánh giá (a product ready for evaluation): no certificate in force, no dossier filed and
 * undecided, not revoked, and a completed self-assessment that the criteria engine classes 3★ or more with every 3★
 * minimum requirement met and no disqualification.
 *
 * @param selfAssessmentId the self-assessment (phiếu tự đánh giá)
 * @param total            its total, 0–100
 * @param stars            the class the engine gives it (3–5)
 * @param assessedOn       the day it was completed
 * @param previousStars    the stars of the product's last certificate (expired), or null when never certified
 */
public record CandidateReady(long productId, String productName, long producerId, String producerName,
        String unitCode, String neighbourhood, long selfAssessmentId, int total, int stars, LocalDate assessedOn,
        Integer previousStars, String note) implements Candidate {

    @Override
    public CandidateKind kind() {
        return CandidateKind.READY;
    }
}
