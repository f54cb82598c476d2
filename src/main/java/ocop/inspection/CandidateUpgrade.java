package ocop.inspection;

import java.time.LocalDate;
import java.util.List;
import ocop.criteria.Evaluation.Suggestion;

/**
 * Sản phẩm có thể nâng hạng (an upgrade candidate): a product with a certificate in force below 5★ whose latest
 * completed self-assessment is within the configured margin of the next class's lower bound, with the criteria
 * engine's smallest set of option upgrades to get there.
 *
 * @param certifiedStars     the stars on the certificate in force
 * @param selfAssessedTotal  the self-assessment's total
 * @param selfAssessedStars  the class the engine gives the self-assessment
 * @param assessedOn         the day the self-assessment was completed
 * @param targetStars        the next class ({@code certifiedStars + 1})
 * @param threshold          the lowest total of the next class as the engine gives it, or null when the
 *                           self-assessment already reaches a higher class than the certificate
 * @param pointsToThreshold  points missing to the threshold (0 when only minimum requirements are missing, or when
 *                           the self-assessment already reaches the next class)
 * @param suggestions        the engine's smallest set of upgrades (empty when already reached)
 * @param rationale          the engine's explanation of that set, in Vietnamese, or null
 */
public record CandidateUpgrade(long productId, String productName, long producerId, String producerName,
        String unitCode, String neighbourhood, long certificateId, String certificateNumber, int certifiedStars,
        LocalDate validUntil, long selfAssessmentId, int selfAssessedTotal, int selfAssessedStars,
        LocalDate assessedOn, int targetStars, Integer threshold, int pointsToThreshold, List<Suggestion> suggestions,
        String rationale, String note) implements Candidate {

    public CandidateUpgrade {
        suggestions = List.copyOf(suggestions);
    }

    @Override
    public CandidateKind kind() {
        return CandidateKind.UPGRADE;
    }
}
