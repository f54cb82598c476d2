package ocop.criteria.internal;

import java.util.Collection;
import java.util.Map;

/**
 * What the producer ticked and wrote (phiếu tự đánh giá đang điền).
 *
 * @param answers  scorable item → option code (blank values are unanswered)
 * @param declared knock-out and disqualification codes that apply
 * @param notes    scorable item → evidence note
 * @param version  the version the form was loaded at (optimistic locking), or null to skip the check
 */
public record SelfAssessmentInput(Map<String, String> answers, Collection<String> declared, Map<String, String> notes,
        Integer version) {
}
