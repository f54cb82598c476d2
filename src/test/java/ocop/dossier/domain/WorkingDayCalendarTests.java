package ocop.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days across weekends, Tết and the other holidays (the 2026 days of the shipped calendar). */
class WorkingDayCalendarTests {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 1, 1), "Tết Dương lịch",
            LocalDate.of(2026, 2, 16), "Tết", LocalDate.of(2026, 2, 17), "Tết", LocalDate.of(2026, 2, 18), "Tết",
            LocalDate.of(2026, 2, 19), "Tết", LocalDate.of(2026, 2, 20), "Tết",
            LocalDate.of(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù)", LocalDate.of(2026, 4, 30), "30/4",
            LocalDate.of(2026, 5, 1), "1/5"),
            Set.of(LocalDate.of(2025, 4, 26)));

    @ParameterizedTest(name = "received {0} + {1} working days → {2}")
    @CsvSource({
            // an ordinary fortnight: 15 working days = 3 weeks
            "2026-03-02, 15, 2026-03-23",
            // received on a Friday: the weekend does not count
            "2026-03-06, 1, 2026-03-09",
            // across Tết Bính Ngọ (16–20/02 plus two weekends)
            "2026-02-11, 15, 2026-03-11",
            // across Giỗ Tổ (27/4), 30/4 and 1/5
            "2026-04-20, 15, 2026-05-14",
            // New Year's Day
            "2025-12-30, 3, 2026-01-05",
    })
    void deadlines(LocalDate received, int days, LocalDate expected) {
        assertThat(CALENDAR.addWorkingDays(received, days)).isEqualTo(expected);
    }

    @Test
    void daysLeftCountsDownToZeroOnTheLastDayThenGoesNegative() {
        LocalDate deadline = LocalDate.of(2026, 3, 23);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 3, 20), deadline)).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(deadline, deadline)).isZero();
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 3, 25), deadline)).isEqualTo(-2);
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDaysButASwappedSaturdayIs() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(CALENDAR.holiday(LocalDate.of(2026, 4, 30))).isEqualTo("30/4");
    }

    @Test
    void theWardClockGivesFifteenWorkingDaysFromReceipt() {
        LocalDate received = LocalDate.of(2026, 2, 11);
        assertThat(WardClock.DECREE_26.deadline(CALENDAR, received)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(WardClock.DECREE_26.daysLeft(CALENDAR, received, LocalDate.of(2026, 3, 9))).isEqualTo(2);
    }
}
