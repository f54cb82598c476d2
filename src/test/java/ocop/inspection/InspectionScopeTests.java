package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.access.UserAccounts;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who sees and does what: another ward's officer finds nothing; the ward leader reads but does not write; the province
 * officer reads and writes its province; a producer sees only the submitted visits of its own products; a stale
 * version is a conflict.
 */
@OcopIntegrationTest
class InspectionScopeTests {

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void otherWardsSeeNothingAndTheLeaderOnlyReads() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        long honey = fx.product(InspectionFixtures.HONEY);
        PlanView plan = fx.as("canbo", () -> api.createPlan(InspectionFixtures.plan(today)));
        VisitView visit = fx.as("canbo", () -> api.startVisit(new StartVisitInput(null, null, honey,
                AdHocReason.OTHER, null, today, List.of())));

        assertThatThrownBy(() -> fx.as("canbobv", () -> api.visit(visit.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.as("canbobv", () -> api.plan(plan.id()))).isInstanceOf(NotFoundException.class);
        assertThat(fx.as("canbobv", () -> api.plans(null))).extracting(PlanView::id).doesNotContain(plan.id());
        assertThatThrownBy(() -> fx.as("canbobv", () -> api.startVisit(new StartVisitInput(null, null, honey,
                AdHocReason.OTHER, null, today, List.of())))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.as("canbobv", () -> api.saveDraft(visit.id(),
                new DraftInput("x", 1, List.of(), visit.version())))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.as("mattran", () -> api.visit(visit.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.as("khupho1", () -> api.plan(plan.id()))).isInstanceOf(NotFoundException.class);

        assertThat(fx.as("lanhdao", () -> api.visit(visit.id())).id()).isEqualTo(visit.id());
        assertThat(fx.as("vanhoa", () -> api.plan(plan.id())).id()).isEqualTo(plan.id());
        assertThatThrownBy(() -> fx.as("lanhdao", () -> api.addFinding(visit.id(),
                new FindingInput(null, "x", Severity.MINOR)))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.as("vanhoa", () -> api.createPlan(InspectionFixtures.plan(today))))
                .isInstanceOf(ForbiddenException.class);

        FindingView byProvince = fx.as("tinh", () -> api.addFinding(visit.id(),
                new FindingInput("SX.1", "Cán bộ tỉnh ghi nhận.", Severity.MINOR)));
        assertThat(byProvince.visitId()).isEqualTo(visit.id());
    }

    @Test
    void aProducerSeesOnlyTheSubmittedVisitsOfItsOwnProducts() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        long own = fx.product(InspectionFixtures.CORDYCEPS);
        long other = fx.product(InspectionFixtures.HONEY);
        VisitView mine = fx.as("canbo", () -> api.startVisit(new StartVisitInput(null, null, own,
                AdHocReason.OTHER, null, today, List.of())));
        VisitView notMine = fx.as("canbo", () -> api.startVisit(new StartVisitInput(null, null, other,
                AdHocReason.OTHER, null, today, List.of())));

        assertThatThrownBy(() -> fx.as("minhduc", () -> api.visit(mine.id()))).isInstanceOf(NotFoundException.class);
        assertThat(fx.as("minhduc", () -> api.visitsOfProduct(own))).extracting(VisitSummary::id)
                .doesNotContain(mine.id());

        VisitView answered = fx.as("canbo", () -> api.saveDraft(mine.id(),
                InspectionFixtures.allMeet(mine, "producer-test", 1, "SX.1")));
        FindingView finding = fx.as("canbo", () -> api.addFinding(mine.id(),
                new FindingInput("SX.1", "Chưa bố trí khu lưu mẫu riêng.", Severity.MINOR)));
        ActionView action = fx.as("canbo", () -> api.addAction(finding.id(),
                new ActionInput("Bố trí tủ lưu mẫu.", "Hộ kinh doanh Minh Đức", today.plusDays(14))));
        fx.as("canbo", () -> api.submit(mine.id(), new SubmitInput(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED,
                null, null, answered.version())));

        VisitView seen = fx.as("minhduc", () -> api.visit(mine.id()));
        assertThat(seen.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(seen.findings()).extracting(FindingView::text).containsExactly("Chưa bố trí khu lưu mẫu riêng.");
        assertThat(fx.as("minhduc", () -> api.visitsOfProduct(own))).extracting(VisitSummary::id)
                .contains(mine.id());
        assertThat(fx.as("minhduc", api::openActions)).extracting(ActionView::id).contains(action.id())
                .allSatisfy(id -> assertThat(id).isNotNull());
        assertThat(fx.as("minhduc", api::openActions)).extracting(ActionView::productId).containsOnly(own);
        assertThatThrownBy(() -> fx.as("minhduc", () -> api.visit(notMine.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.as("minhduc", () -> api.plans(null))).isEmpty();
        assertThat(fx.as("minhduc", api::waitingRequests)).isEmpty();
        assertThatThrownBy(() -> fx.as("minhduc", () -> api.escalateAction(action.id(),
                new ActionEscalateInput("Không đồng ý", null)))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aStaleVersionIsAConflict() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        PlanView plan = fx.as("canbo", () -> api.createPlan(InspectionFixtures.plan(today)));
        PlanView renamed = fx.as("canbo", () -> api.updatePlan(plan.id(),
                new PlanInput(null, today.getYear(), 4, plan.title() + " (sửa)", plan.version())));
        assertThat(renamed.version()).isGreaterThan(plan.version());
        assertThat(renamed.quarter()).isEqualTo(4);
        assertThatThrownBy(() -> fx.as("canbo", () -> api.updatePlan(plan.id(),
                new PlanInput(null, today.getYear(), null, "Khác", plan.version()))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fx.as("lanhdao", () -> api.approvePlan(plan.id(), plan.version())))
                .isInstanceOf(ConflictException.class);

        long honey = fx.product(InspectionFixtures.HONEY);
        VisitView visit = fx.as("canbo", () -> api.startVisit(new StartVisitInput(null, null, honey,
                AdHocReason.OTHER, null, today, List.of())));
        fx.as("canbo", () -> api.saveDraft(visit.id(), InspectionFixtures.allMeet(visit, "stale", 1)));
        assertThatThrownBy(() -> fx.as("canbo", () -> api.submit(visit.id(),
                new SubmitInput(InspectionOutcome.CRITERIA_MAINTAINED, null, null, visit.version()))))
                .isInstanceOf(ConflictException.class);
        FindingView finding = fx.as("canbo", () -> api.addFinding(visit.id(),
                new FindingInput(null, "Nhãn thiếu hạn sử dụng.", Severity.MINOR)));
        ActionView action = fx.as("canbo", () -> api.addAction(finding.id(),
                new ActionInput("In lại nhãn.", "Chủ hộ", today.plusDays(7))));
        ActionView escalated = fx.as("canbo", () -> api.escalateAction(action.id(),
                new ActionEscalateInput("Chuyển Sở Công Thương xử lý.", action.version())));
        assertThat(escalated.status()).isEqualTo(ActionStatus.ESCALATED);
        assertThatThrownBy(() -> fx.as("canbo", () -> api.escalateAction(action.id(),
                new ActionEscalateInput("Lần nữa", action.version())))).isInstanceOf(ConflictException.class);
    }
}
