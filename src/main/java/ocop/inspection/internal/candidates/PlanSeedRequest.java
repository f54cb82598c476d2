package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.util.List;

/**
 * Đưa sản phẩm của một danh sách rà soát vào kế hoạch kiểm tra: the products chosen from the list, and either an
 * existing draft plan ({@code planId}) or a new plan of their ward ({@code newPlan}); {@code plannedOn} null: the day
 * {@link ocop.inspection.candidates.PlanSeedRule#plannedDay} gives.
 */
public record PlanSeedRequest(List<Long> productIds, Long planId, NewPlan newPlan, LocalDate plannedOn) {

    /** A new plan (kế hoạch mới): year, quarter (null: the whole year) and title. */
    public record NewPlan(Integer year, Integer quarter, String title) {
    }
}
