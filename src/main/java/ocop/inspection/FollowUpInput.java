package ocop.inspection;

import java.time.LocalDate;
import java.util.List;

/** Kiểm tra lại (a follow-up visit): the day (null: today) and inspectors (empty: the signed-in user). */
public record FollowUpInput(LocalDate visitedOn, List<Inspector> inspectors) {
}
