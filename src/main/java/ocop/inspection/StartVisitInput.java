package ocop.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Starting a visit (bắt đầu kiểm tra): exactly one origin — a plan item, an ad-hoc request, or a product with a
 * reason and source (an ad-hoc visit on the spot). {@code visitedOn} null: today; {@code inspectors} empty: the plan
 * item's, or the signed-in user.
 */
public record StartVisitInput(Long planItemId, Long adHocRequestId, Long productId, AdHocReason reason,
                              String sourceRef, LocalDate visitedOn, List<Inspector> inspectors) {

    public static StartVisitInput fromPlanItem(long planItemId, LocalDate visitedOn) {
        return new StartVisitInput(planItemId, null, null, null, null, visitedOn, List.of());
    }

    public static StartVisitInput fromRequest(long adHocRequestId, LocalDate visitedOn) {
        return new StartVisitInput(null, adHocRequestId, null, null, null, visitedOn, List.of());
    }
}
