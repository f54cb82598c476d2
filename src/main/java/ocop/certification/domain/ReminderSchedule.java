package ocop.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lịch nhắc hạn đánh giá lại (staged reminders): the days before expiry on which the producer and the ward officer are
 * reminded — by default 210 (prepare), 180 (the Điều 7.6.a window opens), 150, 130 and 120 (last day to file);
 * {@code ocop.certification.reminders.stages}. A stage is due from its day up to expiry; when several are due (the
 * job did not run for a while) only the latest is sent, so catching up does not spam.
 */
public record ReminderSchedule(List<Integer> stages) {

    public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(210, 180, 150, 130, 120));

    public ReminderSchedule {
        if (stages == null || stages.isEmpty() || stages.stream().anyMatch(s -> s == null || s < 0)) {
            throw new IllegalArgumentException("stages: non-negative days before expiry");
        }
        stages = stages.stream().distinct().sorted((a, b) -> b - a).toList();
    }

    /** The longest lead time (how far ahead of expiry the job looks). */
    public int longest() {
        return stages.get(0);
    }

    /** The stages due on {@code today} for a certificate valid until {@code validUntil}, earliest stage first. */
    public List<Integer> due(LocalDate validUntil, LocalDate today) {
        List<Integer> out = new ArrayList<>();
        if (today.isAfter(validUntil)) {
            return out;
        }
        for (int s : stages) {
            if (!today.isBefore(validUntil.minusDays(s))) {
                out.add(s);
            }
        }
        return out;
    }
}
