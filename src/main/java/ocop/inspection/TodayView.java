package ocop.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Việc hôm nay của người kiểm tra (an inspector's day): plan items planned for the day where the user is an inspector
 * and no visit has started, the user's drafts in progress, and the ad-hoc requests of its scope still waiting.
 */
public record TodayView(LocalDate day, List<PlanView.Item> planned, List<VisitSummary> drafts,
                        List<AdHocRequestView> waitingRequests) {
}
