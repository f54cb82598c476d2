package ocop.criteria.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A self-assessment as stored (criteria.self_assessment).
 *
 * @param answers  scorable item → option code
 * @param declared knock-out and disqualification codes ticked
 * @param notes    scorable item → evidence note
 * @param status   {@code DRAFT} or {@code COMPLETED}
 * @param version  optimistic lock
 */
record SelfAssessmentRow(Long id, long productId, long producerId, String unitCode, String provinceCode,
        String sheetCode, int sheetVersion, Map<String, String> answers, List<String> declared,
        Map<String, String> notes, String status, int total, int stars, OffsetDateTime completedAt, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version) {

    static final String DRAFT = "DRAFT";
    static final String COMPLETED = "COMPLETED";
}
