package ocop.inspection.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import ocop.access.UserAccounts;
import ocop.certification.Article8Ground;
import ocop.inspection.ActionInput;
import ocop.inspection.ActionView;
import ocop.inspection.AdHocInput;
import ocop.inspection.AdHocReason;
import ocop.inspection.Answer;
import ocop.inspection.DraftInput;
import ocop.inspection.FindingInput;
import ocop.inspection.FindingView;
import ocop.inspection.FollowUpInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.Inspector;
import ocop.inspection.PhotoInput;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.inspection.PlanView;
import ocop.inspection.Severity;
import ocop.inspection.StartVisitInput;
import ocop.inspection.SubmitInput;
import ocop.inspection.VisitView;
import ocop.registry.OcopStatus;
import ocop.registry.ProductInput;
import ocop.registry.RegistryApi;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records in every state the authorization matrix needs, made through the module's API as the people who make them,
 * all about two products of our own under hoangduy's producer (so the producer's view can be checked and no demo
 * record is touched): plans (draft, approved) with their item, an ad-hoc request, visits (draft, answered, submitted
 * with a finding, an action and a photo, submitted with a proposal to revoke by the province officer), actions (open,
 * with a follow-up started, escalated).
 */
final class InspectionMatrixFixtures {

    private static final AtomicInteger N = new AtomicInteger();
    private static final List<Inspector> TEAM = List.of(new Inspector(null, "Tổ kiểm tra Ma trận"));

    final long product;
    final long otherProduct;
    private final InspectionApi api;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final LocalDate today;

    InspectionMatrixFixtures(ApplicationContext context, LocalDate today, long product, long otherProduct) {
        this.api = context.getBean(InspectionApi.class);
        this.accounts = context.getBean(UserAccounts.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.today = today;
        this.product = product;
        this.otherProduct = otherProduct;
    }

    /** A new product of hoangduy's producer, registered by the ward officer. */
    static long newProduct(ApplicationContext context, String name) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long producer = jdbc.sql("SELECT producer_id FROM access.app_user WHERE username = 'hoangduy'")
                .query(Long.class).single();
        RegistryApi registry = context.getBean(RegistryApi.class);
        return context.getBean(UserAccounts.class).runAs("canbo", () -> registry.createProduct(new ProductInput(
                producer, name + " " + UUID.randomUUID().toString().substring(0, 8), "V.1", null,
                "Sản phẩm của bảng phân quyền kiểm tra.", "Nguyên liệu địa phương", "Trong phường",
                OcopStatus.IN_PROGRAMME, null), false).id());
    }

    long plan(String state) {
        PlanView plan = as("canbo", () -> api.createPlan(new PlanInput(null, today.getYear(), null,
                "Kế hoạch Ma trận " + N.incrementAndGet(), null)));
        as("canbo", () -> api.addPlanItem(plan.id(), new PlanItemInput(product, today, TEAM, null)));
        if ("APPROVED".equals(state)) {
            as("lanhdao", () -> api.approvePlan(plan.id(), api.plan(plan.id()).version()));
        }
        return plan.id();
    }

    long itemOf(long planId) {
        return as("canbo", () -> api.plan(planId)).items().get(0).id();
    }

    long request() {
        return as("canbo", () -> api.raiseAdHoc(new AdHocInput(product, AdHocReason.COMPLAINT,
                "Đơn Ma trận " + N.incrementAndGet(), null))).id();
    }

    long visit(String state) {
        VisitView v = as("canbo", () -> api.startVisit(new StartVisitInput(null, null, product, AdHocReason.OTHER,
                "Ma trận " + N.incrementAndGet(), null, List.of())));
        if ("DRAFT".equals(state)) {
            return v.id();
        }
        boolean finding = "SUBMITTED".equals(state);
        VisitView answered = as("canbo", () -> api.saveDraft(v.id(), new DraftInput("mt-" + UUID.randomUUID(), 1,
                v.items().stream().map(i -> new DraftInput.AnswerInput(i.code(), finding && "LOGO.1".equals(i.code())
                        ? Answer.NOT_MEETS : Answer.MEETS, null)).toList(), v.version())));
        switch (state) {
            case "ANSWERED" -> {
                return v.id();
            }
            case "SUBMITTED" -> {
                FindingView f = as("canbo", () -> api.addFinding(v.id(), new FindingInput("LOGO.1",
                        "Nhãn in sai hạng sao", Severity.MAJOR)));
                as("canbo", () -> api.addAction(f.id(), new ActionInput("In lại nhãn", "Chủ thể", today.plusDays(20))));
                as("canbo", () -> api.addPhoto(v.id(), new PhotoInput("nhan.png", InspectionHttp.png(), "LOGO.1",
                        new BigDecimal("10.93"), new BigDecimal("107.24"), null, null)));
                as("canbo", () -> api.submit(v.id(), new SubmitInput(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED,
                        null, null, null)));
            }
            case "PROPOSED" -> as("tinh", () -> api.submit(v.id(), new SubmitInput(
                    InspectionOutcome.PROPOSE_REVOCATION, Article8Ground.B, "Không còn đáp ứng tiêu chí.",
                    answered.version())));
            default -> throw new IllegalArgumentException(state);
        }
        return v.id();
    }

    /** A finding of a draft visit. */
    long draftFinding() {
        long visit = visit("DRAFT");
        return as("canbo", () -> api.addFinding(visit, new FindingInput(null, "Phát hiện Ma trận", Severity.MINOR)))
                .id();
    }

    long findingOf(long visitId) {
        return as("canbo", () -> api.visit(visitId)).findings().get(0).id();
    }

    long photoOf(long visitId) {
        return as("canbo", () -> api.visit(visitId)).photos().get(0).id();
    }

    /** An action of a submitted visit: OPEN, FOLLOWED (a follow-up draft started) or ESCALATED. */
    long action(String state) {
        long visit = visit("SUBMITTED");
        ActionView a = as("canbo", () -> api.visit(visit)).findings().get(0).actions().get(0);
        switch (state) {
            case "FOLLOWED" -> as("canbo", () -> api.startFollowUp(visit, new FollowUpInput(null, List.of())));
            case "ESCALATED" -> as("canbo", () -> api.escalateAction(a.id(),
                    new ocop.inspection.ActionEscalateInput("Chuyển Sở xử lý", null)));
            case "OPEN" -> { }
            default -> throw new IllegalArgumentException(state);
        }
        return a.id();
    }

    /** The draft follow-up visit of an action's inspection. */
    long followUpOf(long actionId) {
        return jdbc.sql("""
                SELECT v.id FROM inspection.visit v JOIN inspection.corrective_action a ON a.root_visit_id = v.root_visit_id
                 WHERE a.id = :a AND v.status = 'DRAFT'""").param("a", actionId).query(Long.class).single();
    }

    int planVersion(long planId) {
        return jdbc.sql("SELECT version FROM inspection.plan WHERE id = :id").param("id", planId)
                .query(Integer.class).single();
    }

    int visitVersion(long visitId) {
        return jdbc.sql("SELECT version FROM inspection.visit WHERE id = :id").param("id", visitId)
                .query(Integer.class).single();
    }

    int next() {
        return N.incrementAndGet();
    }

    private <T> T as(String user, Supplier<T> work) {
        return accounts.runAs(user, work);
    }
}
