package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import ocop.inspection.ActionStatus;
import org.junit.jupiter.api.Test;

/** {@link OverdueFindingsRule} on hand-made corrective actions, today 29/11/2026. */
class OverdueFindingsRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static ActionStanding action(long id, long product, ActionStatus status, LocalDate deadline,
            boolean submitted) {
        return new ActionStanding(id, product, status, deadline, "Biện pháp " + id, submitted);
    }

    @Test
    void anOpenActionIsOverdueFromTheDayAfterItsDeadline() {
        assertThat(OverdueFindingsRule.overdue(action(1, 7, ActionStatus.OPEN, TODAY.minusDays(1), true), TODAY))
                .isTrue();
        assertThat(OverdueFindingsRule.overdue(action(2, 7, ActionStatus.OPEN, TODAY, true), TODAY))
                .as("the deadline day itself is still in time").isFalse();
        assertThat(OverdueFindingsRule.overdue(action(3, 7, ActionStatus.OPEN, TODAY.plusDays(5), true), TODAY))
                .isFalse();
    }

    @Test
    void doneEscalatedAndUnsubmittedActionsDoNotCount() {
        LocalDate past = TODAY.minusDays(30);
        assertThat(OverdueFindingsRule.overdue(action(1, 7, ActionStatus.DONE, past, true), TODAY)).isFalse();
        assertThat(OverdueFindingsRule.overdue(action(2, 7, ActionStatus.ESCALATED, past, true), TODAY)).isFalse();
        assertThat(OverdueFindingsRule.overdue(action(3, 7, ActionStatus.OPEN, past, false), TODAY))
                .as("the visit is still being written: the producer was not told yet").isFalse();
        assertThat(OverdueFindingsRule.select(List.of(action(1, 7, ActionStatus.DONE, past, true),
                action(2, 7, ActionStatus.ESCALATED, past, true), action(3, 7, ActionStatus.OPEN, past, false)),
                TODAY)).isEmpty();
    }

    @Test
    void oneEntryPerProductOldestDeadlineFirstAndTheProductsMostBehindFirst() {
        ActionStanding a = action(11, 7, ActionStatus.OPEN, LocalDate.of(2026, 11, 1), true);
        ActionStanding b = action(12, 7, ActionStatus.OPEN, LocalDate.of(2026, 10, 15), true);
        ActionStanding notYet = action(13, 7, ActionStatus.OPEN, TODAY.plusDays(3), true);
        ActionStanding c = action(21, 9, ActionStatus.OPEN, LocalDate.of(2026, 9, 30), true);
        ActionStanding d = action(31, 5, ActionStatus.OPEN, LocalDate.of(2026, 11, 20), true);

        List<OverdueFindings> selected = OverdueFindingsRule.select(List.of(a, b, notYet, c, d), TODAY);

        assertThat(selected).extracting(OverdueFindings::productId).containsExactly(9L, 7L, 5L);
        OverdueFindings seven = selected.get(1);
        assertThat(seven.actions()).containsExactly(b, a);
        assertThat(seven.oldestDeadline()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(selected.get(0).actions()).containsExactly(c);
    }

    @Test
    void anEntryNeedsAnAction() {
        assertThatThrownBy(() -> new OverdueFindings(7, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
