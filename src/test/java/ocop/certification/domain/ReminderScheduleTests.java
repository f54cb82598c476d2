package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lịch nhắc hạn: which stages are due on a day. */
class ReminderScheduleTests {

    @Test
    void stagesAreDueFromTheirDayUntilExpiry() {
        LocalDate until = LocalDate.of(2028, 2, 29);
        ReminderSchedule s = ReminderSchedule.DEFAULT;
        assertThat(s.due(until, until.minusDays(211))).isEmpty();
        assertThat(s.due(until, until.minusDays(210))).containsExactly(210);
        assertThat(s.due(until, until.minusDays(180))).containsExactly(210, 180);
        assertThat(s.due(until, until.minusDays(120))).containsExactly(210, 180, 150, 130, 120);
        assertThat(s.due(until, until)).hasSize(5);
        assertThat(s.due(until, until.plusDays(1))).isEmpty();
    }

    @Test
    void configuredStagesAreSortedAndDeduplicated() {
        assertThat(new ReminderSchedule(List.of(30, 90, 30, 60)).stages()).containsExactly(90, 60, 30);
        assertThat(new ReminderSchedule(List.of(30, 90)).longest()).isEqualTo(90);
    }
}
