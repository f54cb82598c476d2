package ocop.inspection.candidates;

import java.time.LocalDate;
import java.util.List;

/** Phát hiện quá hạn khắc phục của một sản phẩm: its overdue corrective actions, the oldest deadline first. */
public record OverdueFindings(long productId, List<ActionStanding> actions) {

    public OverdueFindings {
        actions = List.copyOf(actions);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("at least one overdue action");
        }
    }

    /** The deadline the product is most behind on. */
    public LocalDate oldestDeadline() {
        return actions.get(0).deadline();
    }
}
