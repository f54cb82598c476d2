package ocop.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ocop.access.AccessApi;
import ocop.access.UserAccounts;
import ocop.inspection.ActionInput;
import ocop.inspection.Answer;
import ocop.inspection.DraftInput;
import ocop.inspection.FindingInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.Inspector;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.inspection.PlanView;
import ocop.inspection.Severity;
import ocop.inspection.StartVisitInput;
import ocop.inspection.SubmitInput;
import ocop.inspection.VisitView;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
import ocop.registry.RegistryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Kế hoạch kiểm tra minh họa (demo inspection plan) of phường Long Khánh for the current year, so the inspection pages
 * have something to show: drafted by the ward officer canbo, approved by the leader lanhdao, with two products —
 * "Giỏ mây đan thủ công", already visited a week ago (every item met but the label, which lacks the production date: a
 * minor finding with a corrective action due in three weeks, outcome "corrective action required"), and "Lan hồ điệp
 * Xuân An", planned for today with canbo as inspector (it shows on canbo's "Hôm nay"). Runs after the other demo
 * runners, through {@link InspectionApi} as those people, only when the demo accounts exist; a plan of that title
 * already in place is left alone, so it is idempotent.
 */
@Component
@Order(500)
class DemoInspections implements ApplicationRunner {

    static final String TITLE = "Kế hoạch kiểm tra, giám sát sản phẩm OCOP năm %d (minh họa)";
    static final String VISITED = "Giỏ mây đan thủ công";
    static final String PLANNED_TODAY = "Lan hồ điệp Xuân An";
    private static final String WARD = "26080";

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    private final UserAccounts accounts;
    private final AccessApi access;
    private final InspectionApi inspections;
    private final RegistryApi registry;
    private final Clock clock;

    DemoInspections(UserAccounts accounts, AccessApi access, InspectionApi inspections, RegistryApi registry,
                    Clock clock) {
        this.accounts = accounts;
        this.access = access;
        this.inspections = inspections;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> officer = accounts.idOf("canbo");
        if (officer.isEmpty() || accounts.idOf("lanhdao").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        String title = TITLE.formatted(today.getYear());
        boolean exists = accounts.runAs("canbo", () -> inspections.plans(today.getYear()).stream()
                .anyMatch(p -> p.title().equals(title)));
        if (exists) {
            return;
        }
        Optional<Long> visited = accounts.runAs("canbo", () -> demoProduct(VISITED));
        Optional<Long> plannedToday = accounts.runAs("canbo", () -> demoProduct(PLANNED_TODAY));
        if (visited.isEmpty() || plannedToday.isEmpty()) {
            log.warn("Demo inspection plan skipped: its demo products are missing");
            return;
        }
        String officerName = accounts.runAs("canbo", () -> access.currentUser().fullName());
        List<Inspector> team = List.of(new Inspector(officer.get(), officerName));
        PlanView plan = accounts.runAs("canbo", () -> {
            PlanView p = inspections.createPlan(new PlanInput(WARD, today.getYear(), null, title, null));
            inspections.addPlanItem(p.id(), new PlanItemInput(visited.get(), today.minusDays(7), team,
                    "Kiểm tra định kỳ sau công nhận"));
            inspections.addPlanItem(p.id(), new PlanItemInput(plannedToday.get(), today, team,
                    "Kiểm tra định kỳ sau công nhận"));
            return inspections.plan(p.id());
        });
        accounts.runAs("lanhdao", () -> inspections.approvePlan(plan.id(), plan.version()));
        long visitedItem = plan.items().stream().filter(i -> i.productId() == visited.get()).findFirst()
                .orElseThrow().id();
        accounts.runAs("canbo", () -> visitWithALabelFinding(visitedItem, today));
        log.info("Demo inspection plan loaded: {}", title);
    }

    /** The visit a week ago: every item met but the label item, a minor finding and its corrective action. */
    private VisitView visitWithALabelFinding(long planItemId, LocalDate today) {
        VisitView visit = inspections.startVisit(StartVisitInput.fromPlanItem(planItemId, today.minusDays(7)));
        String labelItem = visit.sections().stream().filter(s -> s.code().equals("NHAN"))
                .flatMap(s -> s.items().stream()).map(VisitView.Item::code).findFirst()
                .orElse(visit.sections().get(0).items().get(0).code());
        List<DraftInput.AnswerInput> answers = new ArrayList<>();
        visit.sections().forEach(s -> s.items().forEach(i -> answers.add(i.code().equals(labelItem)
                ? new DraftInput.AnswerInput(i.code(), Answer.NOT_MEETS, "Nhãn thiếu ngày sản xuất")
                : new DraftInput.AnswerInput(i.code(), Answer.MEETS, null))));
        inspections.saveDraft(visit.id(), new DraftInput("demo-" + UUID.randomUUID(), 1, answers,
                visit.version()));
        var finding = inspections.addFinding(visit.id(), new FindingInput(labelItem,
                "Nhãn sản phẩm không ghi ngày sản xuất theo quy định ghi nhãn hàng hóa", Severity.MINOR));
        inspections.addAction(finding.id(), new ActionInput("Bổ sung ngày sản xuất trên nhãn, in lại nhãn",
                "Chủ thể sản xuất", today.plusDays(14)));
        return inspections.submit(visit.id(), new SubmitInput(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED, null,
                "Sản phẩm duy trì các tiêu chí đã đánh giá; chủ thể cần bổ sung ngày sản xuất trên nhãn trong 14 ngày.",
                inspections.visit(visit.id()).version()));
    }

    private Optional<Long> demoProduct(String name) {
        return registry.products(new ProductFilter(name, null, null, null, null, null), 0, 100).items().stream()
                .filter(p -> p.demo() && p.name().equals(name) && WARD.equals(p.unitCode()))
                .map(ProductSummary::id).sorted().findFirst();
    }
}
