package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Điều 8.4: the decision within 15 days of the commune's confirmation (calendar days, across month and year ends). */
class RevocationDeadlineTests {

    private final RevocationDeadline deadline = RevocationDeadline.DECREE_26;

    @Test
    void fifteenDaysFromTheConfirmation() {
        assertThat(deadline.days()).isEqualTo(15);
        assertThat(deadline.decideBy(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(deadline.decideBy(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(deadline.decideBy(LocalDate.of(2028, 2, 20))).isEqualTo(LocalDate.of(2028, 3, 6));
    }

    @Test
    void overdueOnlyAfterTheLastDay() {
        LocalDate confirmed = LocalDate.of(2026, 12, 1);
        assertThat(deadline.overdue(confirmed, LocalDate.of(2026, 12, 16))).isFalse();
        assertThat(deadline.overdue(confirmed, LocalDate.of(2026, 12, 17))).isTrue();
        assertThatThrownBy(() -> new RevocationDeadline(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
