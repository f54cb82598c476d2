package ocop.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import ocop.inspection.ActionStatus;
import ocop.inspection.domain.CorrectiveActionState.FollowUp;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Open → done on a follow-up of the same inspection, open → escalated; overdue is open past the deadline. */
class CorrectiveActionStateTests {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 8, 31);
    private static final CorrectiveActionState OPEN = new CorrectiveActionState(ActionStatus.OPEN, DEADLINE);

    @Test
    void overdueOnlyWhenOpenAfterTheDeadline() {
        assertThat(OPEN.overdue(DEADLINE)).isFalse();
        assertThat(OPEN.overdue(DEADLINE.plusDays(1))).isTrue();
        assertThat(new CorrectiveActionState(ActionStatus.DONE, DEADLINE).overdue(DEADLINE.plusDays(9))).isFalse();
        assertThat(new CorrectiveActionState(ActionStatus.ESCALATED, DEADLINE).overdue(DEADLINE.plusDays(9)))
                .isFalse();
    }

    @Test
    void closedOnlyOnADraftFollowUpOfTheSameInspectionWithANote() {
        assertThat(OPEN.close(new FollowUp(true, true), "Đã khắc phục").status()).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> OPEN.close(new FollowUp(false, true), "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OPEN.close(new FollowUp(true, false), "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OPEN.close(new FollowUp(true, true), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("note"));
    }

    @Test
    void escalatedWithAReasonAndFinalStatesDoNotMove() {
        CorrectiveActionState escalated = OPEN.escalate("Chuyển cơ quan chuyên ngành");
        assertThat(escalated.status()).isEqualTo(ActionStatus.ESCALATED);
        assertThatThrownBy(() -> OPEN.escalate(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> escalated.close(new FollowUp(true, true), "x"))
                .isInstanceOf(ConflictException.class);
        CorrectiveActionState done = OPEN.close(new FollowUp(true, true), "x");
        assertThatThrownBy(() -> done.escalate("x")).isInstanceOf(ConflictException.class);
    }
}
