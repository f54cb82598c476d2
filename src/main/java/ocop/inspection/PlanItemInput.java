package ocop.inspection;

import java.time.LocalDate;
import java.util.List;

/** A product to add to a plan (sản phẩm cần kiểm tra): the day planned and who goes. */
public record PlanItemInput(Long productId, LocalDate plannedOn, List<Inspector> inspectors, String note) {
}
