package ocop.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working days (ngày làm việc) of the administration: Monday to Friday, less public holidays and Tết, plus
 * Saturdays worked in exchange for a swapped day. The holidays are data ({@code reference/calendar}), not code.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> workingWeekends;

    public WorkingDayCalendar(Map<LocalDate, String> holidays, Set<LocalDate> workingWeekends) {
        this.holidays = Map.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /** The holiday's name, or null. */
    public String holiday(LocalDate day) {
        return holidays.get(day);
    }

    /**
     * The day by which something must be done within {@code workingDays} working days of {@code start}: the
     * start day itself is not counted ("trong thời hạn 15 ngày làm việc kể từ ngày nhận").
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier.
     * With {@code from} = today and {@code to} = the deadline this is "working days left"; 0 on the last day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
