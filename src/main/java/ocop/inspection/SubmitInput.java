package ocop.inspection;

import ocop.certification.Article8Ground;

/**
 * Hoàn thành biên bản kiểm tra: the outcome, the ground of Điều 8.1 when it proposes a revocation (only then), the
 * conclusion in words, and the visit's version as read.
 */
public record SubmitInput(InspectionOutcome outcome, Article8Ground revocationGround, String conclusion,
                          Integer version) {
}
