package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.util.List;

/**
 * What seeding did: the plan (new or chosen), the products added as plan items, and those left out because the plan
 * already had them.
 */
public record PlanSeedResult(long planId, String planTitle, boolean planCreated, List<Added> added,
        List<Skipped> skipped) {

    public PlanSeedResult {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
    }

    /** A product added to the plan: the plan item, the day planned. */
    public record Added(long productId, String productName, long itemId, LocalDate plannedOn) {
    }

    /** A product not added, and why (in Vietnamese). */
    public record Skipped(long productId, String productName, String reason) {
    }

    /** E.g. "Đã thêm 2 sản phẩm vào kế hoạch …; bỏ qua 1 sản phẩm đã có trong kế hoạch: Trà …". */
    public String summary() {
        String text = (planCreated ? "Đã lập kế hoạch “" + planTitle + "” và thêm " : "Đã thêm ") + added.size()
                + " sản phẩm" + (planCreated ? "" : " vào kế hoạch “" + planTitle + "”");
        if (!skipped.isEmpty()) {
            text += "; bỏ qua " + skipped.size() + " sản phẩm đã có trong kế hoạch: "
                    + String.join(", ", skipped.stream().map(Skipped::productName).toList());
        }
        return text + ".";
    }
}
