package ocop.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.inspection.AdHocReason;
import ocop.inspection.FollowUpInput;
import ocop.inspection.Inspector;
import ocop.inspection.PlanStatus;
import ocop.inspection.StartVisitInput;
import ocop.inspection.VisitKind;
import ocop.inspection.VisitStatus;
import ocop.inspection.VisitView;
import ocop.inspection.domain.InspectionPermissions;
import ocop.inspection.domain.PlanRules;
import ocop.registry.ProductView;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bắt đầu kiểm tra: a visit from a plan item, an ad-hoc request or on the spot, and follow-up visits. */
@Service
public class VisitService {

    public static final String ENTITY = "inspection_visit";

    private final JdbcClient jdbc;
    private final VisitStore visits;
    private final PlanStore plans;
    private final AdHocRequests requests;
    private final VisitChecklist checklist;
    private final ProductFacts facts;
    private final InspectorsJson inspectors;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    VisitService(JdbcClient jdbc, VisitStore visits, PlanStore plans, AdHocRequests requests,
                 VisitChecklist checklist, ProductFacts facts, InspectorsJson inspectors, AccessApi access,
                 AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.plans = plans;
        this.requests = requests;
        this.checklist = checklist;
        this.facts = facts;
        this.inspectors = inspectors;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a new visit comes from. */
    private record Origin(long productId, Long planItemId, Long requestId, AdHocReason reason, String sourceRef,
                          List<Inspector> inspectors) {
    }

    @Transactional
    public VisitView start(StartVisitInput input) {
        CurrentUser user = access.currentUser();
        Origin origin = origin(input, user);
        ProductView product = facts.product(origin.productId());
        String province = facts.provinceOf(product.unitCode());
        if (!InspectionPermissions.mayWrite(user, product.unitCode(), province)) {
            throw new ForbiddenException("Bạn không được kiểm tra sản phẩm này.");
        }
        LocalDate day = day(input.visitedOn());
        List<Inspector> team = team(input.inspectors(), origin.inspectors(), user);
        long id = insert(product, province, origin, VisitKind.INITIAL, null, null, day, team, user);
        if (origin.requestId() != null) {
            jdbc.sql("UPDATE inspection.adhoc_request SET producer_id = :p, version = version + 1 WHERE id = :id")
                    .param("p", product.producerId()).param("id", origin.requestId()).update();
        }
        VisitView view = visits.view(visits.load(id, user, false));
        audit.record(ENTITY, id, product.unitCode(), AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    public VisitView followUp(long previousId, FollowUpInput input) {
        CurrentUser user = access.currentUser();
        VisitRow previous = visits.load(previousId, user, true);
        if (!InspectionPermissions.mayWrite(user, previous.unitCode(), previous.provinceCode())) {
            throw new ForbiddenException("Bạn không được kiểm tra lại sản phẩm này.");
        }
        if (previous.status() != VisitStatus.SUBMITTED) {
            throw new ConflictException("status", "Lần kiểm tra trước chưa hoàn thành.");
        }
        boolean draftInChain = jdbc.sql("""
                SELECT count(*) > 0 FROM inspection.visit
                 WHERE (id = :r OR root_visit_id = :r) AND status = 'DRAFT'""")
                .param("r", previous.chainRoot()).query(Boolean.class).single();
        if (draftInChain) {
            throw new ConflictException("status", "Đang có một lần kiểm tra lại chưa hoàn thành.");
        }
        ProductView product = facts.product(previous.productId());
        LocalDate day = day(input.visitedOn());
        if (day.isBefore(previous.visitedOn())) {
            throw new InvalidInputException("visitedOn", "Ngày kiểm tra lại không được trước lần kiểm tra trước.");
        }
        List<Inspector> team = team(input.inspectors(), List.of(), user);
        Origin origin = new Origin(previous.productId(), previous.planItemId(), null, previous.reason(),
                previous.sourceRef(), team);
        long id = insert(product, previous.provinceCode(), origin, VisitKind.FOLLOW_UP, previous.id(),
                previous.chainRoot(), day, team, user);
        VisitView view = visits.view(visits.load(id, user, false));
        audit.record(ENTITY, id, previous.unitCode(), AuditAction.CREATE, null, view);
        return view;
    }

    private Origin origin(StartVisitInput in, CurrentUser user) {
        int given = (in.planItemId() != null ? 1 : 0) + (in.adHocRequestId() != null ? 1 : 0)
                + (in.productId() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidInputException("planItemId", "Chọn đúng một căn cứ kiểm tra: sản phẩm trong kế hoạch, "
                    + "một yêu cầu kiểm tra đột xuất, hoặc một sản phẩm với lý do kiểm tra.");
        }
        if (in.planItemId() != null) {
            PlanItemRow item = plans.item(in.planItemId(), user)
                    .orElseThrow(() -> new NotFoundException("Không tìm thấy sản phẩm trong kế hoạch."));
            if (plans.load(item.planId(), user, false).status() != PlanStatus.APPROVED) {
                throw new InvalidInputException("planItemId", "Kế hoạch kiểm tra chưa được phê duyệt.");
            }
            if (item.visitId() != null) {
                throw new ConflictException("planItemId", "Đã bắt đầu kiểm tra sản phẩm này theo kế hoạch.");
            }
            return new Origin(item.productId(), item.id(), null, null, null, inspectors.read(item.inspectors()));
        }
        if (in.adHocRequestId() != null) {
            AdHocRow r = requests.load(in.adHocRequestId(), user);
            if (r.visitId() != null) {
                throw new ConflictException("adHocRequestId", "Đã bắt đầu kiểm tra theo yêu cầu này.");
            }
            return new Origin(r.productId(), null, r.id(), r.reason(), r.sourceRef(), List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.reason() == null) {
            errors.add(new FieldError("reason", "Chọn lý do kiểm tra đột xuất."));
        }
        if (in.sourceRef() != null && in.sourceRef().length() > 200) {
            errors.add(new FieldError("sourceRef", "Căn cứ tối đa 200 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Origin(in.productId(), null, null, in.reason(), InspectionPlans.blankToNull(in.sourceRef()), List.of());
    }

    private LocalDate day(LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        if (given != null && given.isAfter(today)) {
            throw new InvalidInputException("visitedOn", "Ngày kiểm tra không được sau hôm nay.");
        }
        return given == null ? today : given;
    }

    /** The inspectors given, else the plan's, else the signed-in user. */
    private static List<Inspector> team(List<Inspector> given, List<Inspector> planned, CurrentUser user) {
        List<Inspector> team = given != null && !given.isEmpty() ? given
                : !planned.isEmpty() ? planned : List.of(new Inspector(user.id(), user.fullName()));
        List<FieldError> errors = PlanRules.inspectors(team);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return team.stream().map(i -> new Inspector(i.userId(), i.name().strip())).toList();
    }

    private long insert(ProductView product, String province, Origin o, VisitKind kind, Long previous, Long root,
                        LocalDate day, List<Inspector> team, CurrentUser user) {
        VisitChecklist.Made made = checklist.template(product, day);
        long id = jdbc.sql("""
                INSERT INTO inspection.visit (unit_code, province_code, product_id, producer_id, plan_item_id,
                        adhoc_request_id, reason, source_ref, kind, previous_visit_id, root_visit_id, visited_on,
                        inspectors, status, template_code, template_version, stars_at_visit, criteria_sheet_code,
                        criteria_sheet_version, created_by)
                VALUES (:u, :p, :product, :producer, :item, :req, :reason, :source, :kind, :prev, :root, :day,
                        CAST(:ins AS jsonb), 'DRAFT', :tc, :tv, :stars, :sc, :sv, :by) RETURNING id""")
                .param("u", product.unitCode()).param("p", province).param("product", product.id())
                .param("producer", product.producerId()).param("item", o.planItemId())
                .param("req", o.requestId()).param("reason", o.reason() == null ? null : o.reason().name())
                .param("source", o.sourceRef()).param("kind", kind.name()).param("prev", previous)
                .param("root", root).param("day", day).param("ins", inspectors.write(team))
                .param("tc", made.template().code()).param("tv", made.template().version())
                .param("stars", product.currentStars())
                .param("sc", made.sheet() == null ? null : made.sheet().code())
                .param("sv", made.sheet() == null ? null : made.sheet().version())
                .param("by", user.username()).query(Long.class).single();
        checklist.write(id, product.unitCode(), made, product, facts.producer(product.producerId()), day);
        return id;
    }

    /** The item codes of a visit. */
    Set<String> itemCodes(long visitId) {
        return visits.items(visitId).stream().map(VisitStore.ItemRow::code).collect(Collectors.toSet());
    }

    static void requireDraft(VisitRow v) {
        if (v.status() != VisitStatus.DRAFT) {
            throw new ConflictException("status", "Biên bản kiểm tra đã hoàn thành, không sửa được.");
        }
    }

    static void checkVersion(VisitRow v, Integer version) {
        if (version != null && !Objects.equals(version, v.version())) {
            throw new ConflictException("version", "Biên bản vừa được người khác cập nhật. "
                    + "Hãy tải lại trang rồi thực hiện lại.");
        }
    }
}
