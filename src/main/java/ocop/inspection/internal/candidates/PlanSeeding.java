package ocop.inspection.internal.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.inspection.Candidate;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.CandidateKind;
import ocop.inspection.CandidateLists;
import ocop.inspection.CandidateReady;
import ocop.inspection.CandidateUpgrade;
import ocop.inspection.InspectionApi;
import ocop.inspection.Inspector;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.inspection.PlanStatus;
import ocop.inspection.PlanView;
import ocop.inspection.candidates.PlanSeedRule;
import ocop.inspection.domain.InspectionPermissions;
import ocop.inspection.domain.PlanRules;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Đưa vào kế hoạch kiểm tra: the chosen rows of a candidate list become items of a draft plan of their ward, new or
 * existing, through {@link InspectionApi} (so its authorization, rules and audit apply). Everything is checked before
 * anything is written, and it all happens in one transaction: either every product is added (or skipped because the
 * plan already has it) or nothing is. Each item is planned with the signed-in user as inspector and a note saying
 * which list and why; the plan page changes both.
 */
@Service
public class PlanSeeding {

    private final CandidateLists lists;
    private final InspectionApi inspections;
    private final AccessApi access;
    private final Clock clock;

    PlanSeeding(CandidateLists lists, InspectionApi inspections, AccessApi access, Clock clock) {
        this.lists = lists;
        this.inspections = inspections;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the signed-in user writes inspections in its scope (ward economic officer, province officer, admin). */
    public boolean maySeed() {
        CurrentUser me = access.currentUser();
        return InspectionPermissions.mayWrite(me, me.unitCode(), me.provinceCode());
    }

    /** The draft plans the user could add to, newest year first. */
    public List<PlanView> draftPlans() {
        return maySeed() ? inspections.plans(null).stream().filter(p -> p.status() == PlanStatus.DRAFT).toList()
                : List.of();
    }

    /** The new plan offered: this quarter, titled after the list. */
    public PlanSeedRequest.NewPlan proposal(CandidateKind kind) {
        LocalDate today = LocalDate.now(clock);
        int quarter = PlanSeedRule.quarterOf(today);
        return new PlanSeedRequest.NewPlan(today.getYear(), quarter, PlanSeedRule.title(kind, today.getYear(), quarter));
    }

    @Transactional
    public PlanSeedResult seed(CandidateKind kind, PlanSeedRequest request) {
        Map<Long, List<Candidate>> listed = lists.list(kind).stream()
                .collect(Collectors.groupingBy(Candidate::productId, LinkedHashMap::new, Collectors.toList()));
        if (!maySeed()) {
            throw new ForbiddenException("Vai trò của bạn không được lập kế hoạch kiểm tra.");
        }
        List<Long> chosen = request.productIds() == null ? List.of()
                : request.productIds().stream().filter(Objects::nonNull).distinct().toList();
        Set<String> units = chosen.stream().filter(listed::containsKey).map(id -> listed.get(id).get(0).unitCode())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<FieldError> errors = check(kind, chosen, listed, units, request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanView existing = request.planId() == null ? null : inspections.plan(request.planId());
        if (existing != null) {
            if (existing.status() != PlanStatus.DRAFT) {
                throw new ConflictException("planId", "Kế hoạch “" + existing.title() + "” "
                        + existing.status().label().toLowerCase() + ": chỉ thêm sản phẩm vào kế hoạch đang dự thảo.");
            }
            if (!units.equals(Set.of(existing.unitCode()))) {
                throw new InvalidInputException("productIds",
                        "Sản phẩm đã chọn không thuộc đơn vị của kế hoạch “" + existing.title() + "”.");
            }
        }
        int year = existing != null ? existing.year() : request.newPlan().year();
        Integer quarter = existing != null ? existing.quarter() : request.newPlan().quarter();
        LocalDate day = request.plannedOn() != null ? request.plannedOn()
                : PlanSeedRule.plannedDay(year, quarter, LocalDate.now(clock));
        if (!PlanSeedRule.within(day, year, quarter)) {
            throw new InvalidInputException("plannedOn", quarter == null
                    ? "Ngày dự kiến kiểm tra phải trong năm " + year + " của kế hoạch."
                    : "Ngày dự kiến kiểm tra phải trong quý " + quarter + " năm " + year + " của kế hoạch.");
        }
        PlanView plan = existing != null ? existing : inspections.createPlan(new PlanInput(units.iterator().next(),
                year, quarter, request.newPlan().title(), null));
        return add(kind, plan, existing == null, chosen, listed, day);
    }

    private static List<FieldError> check(CandidateKind kind, List<Long> chosen, Map<Long, List<Candidate>> listed,
            Set<String> units, PlanSeedRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (chosen.isEmpty()) {
            errors.add(new FieldError("productIds", "Chọn ít nhất một sản phẩm trong danh sách."));
        }
        List<Long> missing = chosen.stream().filter(id -> !listed.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("productIds", "Sản phẩm "
                    + missing.stream().map(id -> "#" + id).collect(Collectors.joining(", "))
                    + " không có trong danh sách “" + kind.label() + "” của bạn."));
        }
        if (units.size() > 1) {
            errors.add(new FieldError("productIds",
                    "Các sản phẩm đã chọn thuộc nhiều phường, xã: mỗi kế hoạch kiểm tra là của một đơn vị."));
        }
        if ((request.planId() == null) == (request.newPlan() == null)) {
            errors.add(new FieldError("planId", "Chọn một kế hoạch đang dự thảo hoặc lập kế hoạch mới."));
        } else if (request.newPlan() != null) {
            PlanSeedRequest.NewPlan p = request.newPlan();
            PlanRules.plan(new PlanInput(null, p.year(), p.quarter(), p.title(), null))
                    .forEach(e -> errors.add(new FieldError("newPlan." + e.field(), e.message())));
        }
        return errors;
    }

    private PlanSeedResult add(CandidateKind kind, PlanView plan, boolean created, List<Long> chosen,
            Map<Long, List<Candidate>> listed, LocalDate day) {
        CurrentUser me = access.currentUser();
        Set<Long> present = plan.items().stream().map(PlanView.Item::productId).collect(Collectors.toSet());
        List<PlanSeedResult.Added> added = new ArrayList<>();
        List<PlanSeedResult.Skipped> skipped = new ArrayList<>();
        for (Long id : listed.keySet()) {
            if (!chosen.contains(id)) {
                continue;
            }
            List<Candidate> rows = listed.get(id);
            if (present.contains(id)) {
                skipped.add(new PlanSeedResult.Skipped(id, rows.get(0).productName(), "Đã có trong kế hoạch."));
                continue;
            }
            PlanView.Item item = inspections.addPlanItem(plan.id(), new PlanItemInput(id, day,
                    List.of(new Inspector(me.id(), me.fullName())), note(kind, rows)));
            added.add(new PlanSeedResult.Added(id, item.productName(), item.id(), item.plannedOn()));
        }
        return new PlanSeedResult(plan.id(), plan.title(), created, added, skipped);
    }

    /** E.g. "Từ danh sách rà soát “Cần chú ý”: Giấy chứng nhận đã hết hiệu lực, …". */
    static String note(CandidateKind kind, List<Candidate> rows) {
        String why = rows.stream().map(PlanSeeding::why).distinct().collect(Collectors.joining("; "));
        return Notes.shorten("Từ danh sách rà soát “" + kind.label() + "”: " + why, 2000);
    }

    private static String why(Candidate row) {
        if (row instanceof CandidateReady r) {
            return "tự đánh giá " + r.total() + " điểm, đạt " + r.stars() + "★";
        }
        if (row instanceof CandidateUpgrade u) {
            return u.threshold() == null ? "theo tự đánh giá đã đạt " + u.selfAssessedStars() + "★"
                    : "còn thiếu " + u.pointsToThreshold() + " điểm tới " + u.targetStars() + "★";
        }
        return ((CandidateAtRisk) row).reason();
    }
}
