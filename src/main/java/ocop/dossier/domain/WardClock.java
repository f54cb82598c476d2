package ocop.dossier.domain;

import java.time.LocalDate;

/**
 * The ward's 15-working-day clock (thời hạn đánh giá tại cấp xã, Điều 7.2): it starts on receipt and, when the
 * dossier was returned for completion, again on the day the complete dossier is received (a setting).
 */
public record WardClock(int workingDays, boolean restartOnResubmission) {

    public static final WardClock DECREE_26 = new WardClock(15, true);

    public WardClock {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be positive");
        }
    }

    public LocalDate deadline(WorkingDayCalendar calendar, LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, workingDays);
    }

    /** Working days left until the deadline (0 on the last day, negative when overdue). */
    public int daysLeft(WorkingDayCalendar calendar, LocalDate receivedOn, LocalDate today) {
        return calendar.workingDaysBetween(today, deadline(calendar, receivedOn));
    }
}
