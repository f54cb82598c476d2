package ocop.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.inspection.PlanStatus;
import ocop.inspection.PlanView;
import ocop.inspection.domain.InspectionPermissions;
import ocop.inspection.domain.PlanRules;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Kế hoạch kiểm tra: create, edit while a draft, approve, close; add and remove the products to visit. */
@Service
class InspectionPlans {

    private static final java.util.Set<ocop.access.Role> INSPECTOR_ROLES = java.util.Set.of(ocop.access.Role.WARD_LEADER,
            ocop.access.Role.WARD_OFFICER, ocop.access.Role.WARD_UNIT);

    static final String ENTITY = "inspection_plan";
    private static final String STALE = "Kế hoạch vừa được người khác cập nhật. Hãy tải lại trang rồi thực hiện lại.";

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final InspectorsJson inspectors;
    private final AccessApi access;
    private final RegistryApi registry;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionPlans(JdbcClient jdbc, PlanStore store, InspectorsJson inspectors, AccessApi access, RegistryApi registry,
                AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.inspectors = inspectors;
        this.access = access;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PlanView> plans(Integer year) {
        return store.list(access.currentUser(), year).stream().map(store::view).toList();
    }

    @Transactional(readOnly = true)
    public PlanView plan(long id) {
        return store.view(store.load(id, access.currentUser(), false));
    }

    @Transactional
    public PlanView create(PlanInput input) {
        CurrentUser user = access.currentUser();
        String unitCode = input.unitCode() == null || input.unitCode().isBlank() ? user.unitCode()
                : input.unitCode().strip();
        AdministrativeUnit unit = access.unit(unitCode).filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE)
                .orElseThrow(() -> new InvalidInputException("unitCode", "Không tìm thấy phường, xã này."));
        if (!InspectionPermissions.mayWrite(user, unit.code(), unit.provinceCode())) {
            throw new ForbiddenException("Bạn không được lập kế hoạch kiểm tra cho đơn vị này.");
        }
        List<FieldError> errors = PlanRules.plan(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO inspection.plan (unit_code, province_code, year, quarter, title, status, created_by)
                VALUES (:u, :p, :y, :q, :t, 'DRAFT', :by) RETURNING id""")
                .param("u", unit.code()).param("p", unit.provinceCode()).param("y", input.year())
                .param("q", input.quarter()).param("t", input.title().strip()).param("by", user.username())
                .query(Long.class).single();
        PlanView created = store.view(store.load(id, user, false));
        audit.record(ENTITY, id, unit.code(), AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public PlanView update(long id, PlanInput input) {
        CurrentUser user = access.currentUser();
        PlanRow plan = writable(id, user);
        requireStatus(plan, PlanStatus.DRAFT, "Chỉ sửa được kế hoạch đang dự thảo.");
        checkVersion(plan, input.version());
        List<FieldError> errors = PlanRules.plan(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return changed(plan, user, () -> jdbc.sql("""
                UPDATE inspection.plan SET year = :y, quarter = :q, title = :t, updated_at = now(),
                       version = version + 1 WHERE id = :id""")
                .param("y", input.year()).param("q", input.quarter()).param("t", input.title().strip())
                .param("id", id).update());
    }

    @Transactional
    public PlanView approve(long id, int version) {
        CurrentUser user = access.currentUser();
        PlanRow plan = store.load(id, user, true);
        if (!InspectionPermissions.mayApprovePlan(user, plan.unitCode(), plan.provinceCode())) {
            throw new ForbiddenException("Chỉ lãnh đạo UBND phường hoặc cán bộ tỉnh phê duyệt kế hoạch kiểm tra.");
        }
        requireStatus(plan, PlanStatus.DRAFT, "Kế hoạch này không còn là dự thảo.");
        checkVersion(plan, version);
        if (store.items(id).isEmpty()) {
            throw new InvalidInputException("items", "Kế hoạch chưa có sản phẩm nào để kiểm tra.");
        }
        return changed(plan, user, () -> jdbc.sql("""
                UPDATE inspection.plan SET status = 'APPROVED', approved_by = :by, approved_on = :on,
                       updated_at = now(), version = version + 1 WHERE id = :id""")
                .param("by", user.username()).param("on", LocalDate.now(clock)).param("id", id).update());
    }

    @Transactional
    public PlanView close(long id, int version) {
        CurrentUser user = access.currentUser();
        PlanRow plan = writable(id, user);
        requireStatus(plan, PlanStatus.APPROVED, "Chỉ kết thúc được kế hoạch đã phê duyệt.");
        checkVersion(plan, version);
        return changed(plan, user, () -> jdbc.sql("UPDATE inspection.plan SET status = 'CLOSED', updated_at = now(), "
                + "version = version + 1 WHERE id = :id").param("id", id).update());
    }

    /**
     * Inspectors named by account must be the signed-in user or an active official of the plan's ward (leader,
     * economic officer, ward unit); people without an account are named by name only.
     */
    private List<FieldError> unknownInspectors(List<ocop.inspection.Inspector> named, String unitCode,
                                               CurrentUser user) {
        if (named == null || named.stream().allMatch(i -> i == null || i.userId() == null)) {
            return List.of();
        }
        java.util.Set<Long> team = new java.util.HashSet<>();
        team.add(user.id());
        access.activeUsers(unitCode, INSPECTOR_ROLES).forEach(m -> team.add(m.id()));
        List<FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            ocop.inspection.Inspector inspector = named.get(i);
            if (inspector != null && inspector.userId() != null && !team.contains(inspector.userId())) {
                errors.add(new FieldError("inspectors[" + i + "].userId",
                        "Người kiểm tra phải là cán bộ của phường có tài khoản đang hoạt động."));
            }
        }
        return errors;
    }

    /** Runs {@code change} on the plan and audits it with the plan as it was and as it is now. */
    private PlanView changed(PlanRow plan, CurrentUser user, Runnable change) {
        PlanView before = store.view(plan);
        change.run();
        PlanView after = store.view(store.load(plan.id(), user, false));
        audit.record(ENTITY, plan.id(), plan.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public PlanView.Item addItem(long planId, PlanItemInput input) {
        CurrentUser user = access.currentUser();
        PlanRow plan = writable(planId, user);
        if (plan.status() == PlanStatus.CLOSED) {
            throw new ConflictException("status", "Kế hoạch đã kết thúc, không thêm được sản phẩm.");
        }
        List<FieldError> errors = new java.util.ArrayList<>(PlanRules.item(input, plan.year(), plan.quarter()));
        ProductView product = input.productId() == null ? null : registry.product(input.productId()).orElse(null);
        if (input.productId() != null && product == null) {
            errors.add(0, new FieldError("productId", "Không tìm thấy sản phẩm."));
        } else if (product != null && !product.unitCode().equals(plan.unitCode())) {
            errors.add(0, new FieldError("productId", "Sản phẩm không thuộc đơn vị của kế hoạch."));
        }
        errors.addAll(unknownInspectors(input.inspectors(), plan.unitCode(), user));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean present = jdbc.sql("SELECT count(*) > 0 FROM inspection.plan_item WHERE plan_id = :p AND product_id = :x")
                .param("p", planId).param("x", product.id()).query(Boolean.class).single();
        if (present) {
            throw new ConflictException("productId", "Sản phẩm này đã có trong kế hoạch.");
        }
        long itemId = jdbc.sql("""
                INSERT INTO inspection.plan_item (plan_id, unit_code, province_code, product_id, producer_id,
                                                  planned_on, inspectors, note)
                VALUES (:plan, :u, :p, :product, :producer, :on, CAST(:ins AS jsonb), :note) RETURNING id""")
                .param("plan", planId).param("u", plan.unitCode()).param("p", plan.provinceCode())
                .param("product", product.id()).param("producer", product.producerId())
                .param("on", input.plannedOn()).param("ins", inspectors.write(input.inspectors()))
                .param("note", blankToNull(input.note())).query(Long.class).single();
        touch(planId);
        PlanView.Item item = store.itemView(store.item(itemId, user).orElseThrow());
        audit.record(ENTITY, planId, plan.unitCode(), AuditAction.UPDATE, null, item);
        return item;
    }

    @Transactional
    public void removeItem(long planId, long itemId) {
        CurrentUser user = access.currentUser();
        PlanRow plan = writable(planId, user);
        if (plan.status() == PlanStatus.CLOSED) {
            throw new ConflictException("status", "Kế hoạch đã kết thúc, không bớt được sản phẩm.");
        }
        PlanItemRow item = store.item(itemId, user).filter(i -> i.planId() == planId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy sản phẩm trong kế hoạch."));
        if (item.visitId() != null) {
            throw new ConflictException("itemId", "Đã bắt đầu kiểm tra sản phẩm này, không bớt khỏi kế hoạch được.");
        }
        jdbc.sql("DELETE FROM inspection.plan_item WHERE id = :id").param("id", itemId).update();
        touch(planId);
        audit.record(ENTITY, planId, plan.unitCode(), AuditAction.DELETE, item, null);
    }

    private PlanRow writable(long id, CurrentUser user) {
        PlanRow plan = store.load(id, user, true);
        if (!InspectionPermissions.mayWrite(user, plan.unitCode(), plan.provinceCode())) {
            throw new ForbiddenException("Bạn không được sửa kế hoạch kiểm tra này.");
        }
        return plan;
    }

    private void touch(long planId) {
        jdbc.sql("UPDATE inspection.plan SET updated_at = now(), version = version + 1 WHERE id = :id")
                .param("id", planId).update();
    }

    private static void requireStatus(PlanRow plan, PlanStatus status, String message) {
        if (plan.status() != status) {
            throw new ConflictException("status", message);
        }
    }

    private static void checkVersion(PlanRow plan, Integer version) {
        if (version != null && !Objects.equals(version, plan.version())) {
            throw new ConflictException("version", STALE);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
