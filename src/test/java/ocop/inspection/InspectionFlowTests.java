package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.access.AuditTrail;
import ocop.access.UserAccounts;
import ocop.certification.Article8Ground;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole inspection as the ward runs it: a plan approved by the leader, the visit from the plan on the inspector's
 * day, a checklist with the product's mandatory criteria, a finding with a corrective action, the outcome rules, a
 * follow-up visit closing the action, and "criteria maintained" at last.
 */
@OcopIntegrationTest
class InspectionFlowTests {

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Test
    void planVisitFindingActionFollowUpAndOutcome() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        long honey = fx.product(InspectionFixtures.HONEY);
        long canboId = fx.userId("canbo");

        PlanView plan = fx.as("canbo", () -> api.createPlan(InspectionFixtures.plan(today)));
        assertThat(plan.unitCode()).isEqualTo("26080");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        PlanView.Item item = fx.as("canbo", () -> api.addPlanItem(plan.id(), new PlanItemInput(honey, today,
                List.of(new Inspector(canboId, "Lê Thị Cán")), null)));
        assertThat(item.productName()).isEqualTo(InspectionFixtures.HONEY);
        assertThatThrownBy(() -> fx.as("canbo", () -> api.startVisit(StartVisitInput.fromPlanItem(item.id(), today))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("chưa được phê duyệt");

        int planVersion = fx.as("canbo", () -> api.plan(plan.id())).version();
        assertThatThrownBy(() -> fx.as("canbo", () -> api.approvePlan(plan.id(), planVersion)))
                .isInstanceOf(ForbiddenException.class);
        PlanView approved = fx.as("lanhdao", () -> api.approvePlan(plan.id(), planVersion));
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("lanhdao");

        TodayView day = fx.as("canbo", () -> api.today(today));
        assertThat(day.planned()).extracting(PlanView.Item::id).contains(item.id());

        VisitView visit = fx.as("canbo", () -> api.startVisit(StartVisitInput.fromPlanItem(item.id(), null)));
        assertThat(visit.kind()).isEqualTo(VisitKind.INITIAL);
        assertThat(visit.status()).isEqualTo(VisitStatus.DRAFT);
        assertThat(visit.templateCode()).isEqualTo("HAU-KIEM");
        assertThat(visit.templateVersion()).isEqualTo(1);
        assertThat(visit.starsAtVisit()).isEqualTo(3);
        assertThat(visit.inspectors()).containsExactly(new Inspector(canboId, "Lê Thị Cán"));
        assertThat(visit.sections()).extracting(VisitView.Section::code)
                .containsExactly("SX", "CL", "TC", "TCN", "LOGO", "NHAN", "MAU", "VS");
        VisitView.Section criteria = visit.sections().get(2);
        assertThat(criteria.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.code()).isEqualTo("TC-" + i.criterionCode());
            assertThat(i.hint()).startsWith("Yêu cầu tối thiểu 3★");
        });
        assertThat(visit.criteriaSheetCode()).isNotNull();

        TodayView later = fx.as("canbo", () -> api.today(today));
        assertThat(later.planned()).extracting(PlanView.Item::id).doesNotContain(item.id());
        assertThat(later.drafts()).extracting(VisitSummary::id).contains(visit.id());

        VisitView answered = fx.as("canbo", () -> api.saveDraft(visit.id(),
                InspectionFixtures.allMeet(visit, "flow-1", 1, "LOGO.2")));
        assertThatThrownBy(() -> fx.as("canbo", () -> api.submit(visit.id(),
                new SubmitInput(InspectionOutcome.CRITERIA_MAINTAINED, null, null, answered.version()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InspectionFixtures.fields(e)).containsExactly("answers[LOGO.2]"));

        FindingView finding = fx.as("canbo", () -> api.addFinding(visit.id(),
                new FindingInput("LOGO.2", "Bao bì còn in biểu trưng OCOP 3 sao sau khi hết hạn.", Severity.MAJOR)));
        ActionView action = fx.as("canbo", () -> api.addAction(finding.id(),
                new ActionInput("Thu hồi, dán đè bao bì còn tồn.", "Chủ hộ Lý Văn Tre", today.plusDays(30))));
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.overdue()).isFalse();

        assertThatThrownBy(() -> fx.as("canbo", () -> api.submit(visit.id(),
                new SubmitInput(InspectionOutcome.CRITERIA_MAINTAINED, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InspectionFixtures.fields(e)).containsExactly("outcome"));
        assertThatThrownBy(() -> fx.as("canbo", () -> api.submit(visit.id(),
                new SubmitInput(InspectionOutcome.PROPOSE_REVOCATION, null, "Vi phạm", null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InspectionFixtures.fields(e)).containsExactly("revocationGround"));
        assertThatThrownBy(() -> fx.as("canbo", () -> api.submit(visit.id(),
                new SubmitInput(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED, Article8Ground.D, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InspectionFixtures.fields(e)).containsExactly("revocationGround"));

        VisitView submitted = fx.as("canbo", () -> api.submit(visit.id(),
                new SubmitInput(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED, null, "Khắc phục trong 30 ngày.", null)));
        assertThat(submitted.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(submitted.outcome()).isEqualTo(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED);
        assertThat(submitted.findings()).singleElement().satisfies(f -> assertThat(f.actions()).hasSize(1));
        assertThat(fx.as("canbo", api::openActions)).extracting(ActionView::id).contains(action.id());

        VisitView followUp = fx.as("canbo", () -> api.startFollowUp(visit.id(), new FollowUpInput(null, List.of())));
        assertThat(followUp.kind()).isEqualTo(VisitKind.FOLLOW_UP);
        assertThat(followUp.previousVisitId()).isEqualTo(visit.id());
        assertThat(followUp.rootVisitId()).isEqualTo(visit.id());
        assertThat(followUp.inspectors()).extracting(Inspector::userId).containsExactly(canboId);

        assertThatThrownBy(() -> fx.as("canbo", () -> api.closeAction(action.id(),
                new ActionCloseInput(visit.id(), "Đã dán đè.", action.version()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InspectionFixtures.fields(e)).containsExactly("followUpVisitId"));
        ActionView closed = fx.as("canbo", () -> api.closeAction(action.id(),
                new ActionCloseInput(followUp.id(), "Bao bì tồn đã dán đè, bao bì mới không in biểu trưng.",
                        action.version())));
        assertThat(closed.status()).isEqualTo(ActionStatus.DONE);
        assertThat(closed.closedVisitId()).isEqualTo(followUp.id());
        assertThat(fx.as("canbo", api::openActions)).extracting(ActionView::id).doesNotContain(action.id());

        VisitView followAnswered = fx.as("canbo", () -> api.saveDraft(followUp.id(),
                InspectionFixtures.allMeet(followUp, "flow-2", 1)));
        VisitView maintained = fx.as("canbo", () -> api.submit(followUp.id(),
                new SubmitInput(InspectionOutcome.CRITERIA_MAINTAINED, null, null, followAnswered.version())));
        assertThat(maintained.outcome()).isEqualTo(InspectionOutcome.CRITERIA_MAINTAINED);

        assertThat(fx.as("lanhdao", () -> api.visitsOfProduct(honey))).extracting(VisitSummary::id)
                .contains(visit.id(), followUp.id());
        assertThat(audit.history("inspection_visit", visit.id())).extracting(e -> e.action())
                .contains("CREATE", "UPDATE");
        assertThat(audit.history("inspection_action", action.id())).hasSize(2);
    }
}
