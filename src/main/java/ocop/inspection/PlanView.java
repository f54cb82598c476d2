package ocop.inspection;

import java.time.LocalDate;
import java.util.List;

/** An inspection plan (kế hoạch kiểm tra) with its items, as readers see it. */
public record PlanView(long id, String unitCode, int year, Integer quarter, String title, PlanStatus status,
                       String approvedBy, LocalDate approvedOn, String createdBy, List<Item> items, int version) {

    /**
     * A planned visit (sản phẩm trong kế hoạch): product and producer as the registry names them today, the day,
     * the inspectors, and the visit started from it (null until then).
     */
    public record Item(long id, long planId, long productId, String productName, long producerId, String producerName,
                       LocalDate plannedOn, List<Inspector> inspectors, String note, Long visitId, int version) {
    }
}
