package ocop.inspection.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.inspection.PlanView;
import ocop.inspection.TodayView;
import ocop.inspection.VisitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Việc hôm nay của người kiểm tra: items of approved plans planned for the day naming the user as an inspector and
 * not started, the drafts the user started or is an inspector of, and the ad-hoc requests still waiting.
 */
@Service
class InspectorDay {

    private final JdbcClient jdbc;
    private final PlanStore plans;
    private final VisitStore visits;
    private final AdHocRequests requests;
    private final InspectorsJson inspectors;
    private final AccessApi access;

    InspectorDay(JdbcClient jdbc, PlanStore plans, VisitStore visits, AdHocRequests requests,
                 InspectorsJson inspectors, AccessApi access) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.visits = visits;
        this.requests = requests;
        this.inspectors = inspectors;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public TodayView of(LocalDate day) {
        CurrentUser user = access.currentUser();
        Map<String, Object> params = new HashMap<>();
        params.put("day", day);
        params.put("me", inspectors.containing(user.id()));
        String scope = InspectionScope.internal(user, "i", params);
        List<PlanView.Item> planned = jdbc.sql("SELECT " + PlanStore.ITEM_COLUMNS + """
                 FROM inspection.plan_item i JOIN inspection.plan p ON p.id = i.plan_id
                WHERE p.status = 'APPROVED' AND i.planned_on = :day AND i.inspectors @> CAST(:me AS jsonb)
                  AND NOT EXISTS (SELECT 1 FROM inspection.visit v WHERE v.plan_item_id = i.id)
                  AND """ + " " + scope + " ORDER BY i.id")
                .params(params).query(PlanItemRow.class).list().stream().map(plans::itemView).toList();
        Map<String, Object> draftParams = new HashMap<>();
        draftParams.put("me", inspectors.containing(user.id()));
        draftParams.put("username", user.username());
        List<VisitSummary> drafts = visits.summaries(
                "v.status = 'DRAFT' AND (v.created_by = :username OR v.inspectors @> CAST(:me AS jsonb))",
                draftParams, user);
        return new TodayView(day, planned, drafts, requests.waiting());
    }
}
