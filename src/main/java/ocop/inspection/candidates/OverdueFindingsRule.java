package ocop.inspection.candidates;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ocop.inspection.domain.CorrectiveActionState;

/**
 * Quy tắc "phát hiện quá hạn khắc phục" (which products have findings left unfixed past their deadline): a corrective
 * action is overdue when it is still open and its deadline is before today ({@link CorrectiveActionState#overdue}: the
 * deadline day itself is still in time). A done action is fixed; an escalated one is in the hands of the competent
 * authority (chuyển cấp có thẩm quyền xử lý), no longer the ward's to chase. An action on a visit still being written
 * does not count: the producer learns of it only when the visit is submitted. One entry per product, however many of
 * its actions are overdue; the products most behind first.
 */
public final class OverdueFindingsRule {

    private static final Comparator<ActionStanding> OLDEST_FIRST = Comparator.comparing(ActionStanding::deadline)
            .thenComparingLong(ActionStanding::actionId);

    private OverdueFindingsRule() {
    }

    public static boolean overdue(ActionStanding action, LocalDate today) {
        return action.visitSubmitted()
                && new CorrectiveActionState(action.status(), action.deadline()).overdue(today);
    }

    public static List<OverdueFindings> select(Collection<ActionStanding> actions, LocalDate today) {
        Map<Long, List<ActionStanding>> byProduct = actions.stream().filter(a -> overdue(a, today))
                .collect(Collectors.groupingBy(ActionStanding::productId, TreeMap::new, Collectors.toList()));
        return byProduct.entrySet().stream()
                .map(e -> new OverdueFindings(e.getKey(), e.getValue().stream().sorted(OLDEST_FIRST).toList()))
                .sorted(Comparator.comparing(OverdueFindings::oldestDeadline)
                        .thenComparingLong(OverdueFindings::productId))
                .toList();
    }
}
