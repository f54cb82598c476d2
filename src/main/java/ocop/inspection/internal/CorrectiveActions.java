package ocop.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.inspection.ActionCloseInput;
import ocop.inspection.ActionEscalateInput;
import ocop.inspection.ActionInput;
import ocop.inspection.ActionView;
import ocop.inspection.VisitKind;
import ocop.inspection.VisitStatus;
import ocop.inspection.domain.CorrectiveActionState;
import ocop.inspection.domain.InspectionPermissions;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Biện pháp khắc phục: added to a finding while the visit is written, closed on a follow-up, or escalated. */
@Service
class CorrectiveActions {

    static final String ENTITY = "inspection_action";

    private final JdbcClient jdbc;
    private final VisitStore visits;
    private final VisitEvidence evidence;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    CorrectiveActions(JdbcClient jdbc, VisitStore visits, VisitEvidence evidence, AccessApi access, AuditTrail audit,
                      Clock clock) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.evidence = evidence;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ActionView add(long findingId, ActionInput input) {
        CurrentUser user = access.currentUser();
        Long visitId = jdbc.sql("SELECT visit_id FROM inspection.finding WHERE id = :id").param("id", findingId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Không tìm thấy phát hiện."));
        VisitRow v = evidence.writableDraft(visitId, user);
        List<FieldError> errors = new ArrayList<>();
        text(input.description(), "description", "Mô tả biện pháp khắc phục.", errors);
        text(input.owner(), "owner", "Ghi người hoặc đơn vị chịu trách nhiệm khắc phục.", errors);
        if (input.deadline() == null) {
            errors.add(new FieldError("deadline", "Nhập thời hạn khắc phục."));
        } else if (input.deadline().isBefore(v.visitedOn())) {
            errors.add(new FieldError("deadline", "Thời hạn khắc phục không được trước ngày kiểm tra."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO inspection.corrective_action (finding_id, visit_id, root_visit_id, unit_code,
                        province_code, producer_id, description, owner, deadline, status, created_by)
                VALUES (:f, :v, :r, :u, :p, :producer, :d, :o, :dl, 'OPEN', :by) RETURNING id""")
                .param("f", findingId).param("v", visitId).param("r", v.chainRoot()).param("u", v.unitCode())
                .param("p", v.provinceCode()).param("producer", v.producerId())
                .param("d", input.description().strip()).param("o", input.owner().strip())
                .param("dl", input.deadline()).param("by", user.username()).query(Long.class).single();
        ActionView view = visits.action(row(id));
        audit.record(ENTITY, id, v.unitCode(), AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    public ActionView close(long actionId, ActionCloseInput input) {
        CurrentUser user = access.currentUser();
        ActionRow a = writable(actionId, user, input.version());
        if (input.followUpVisitId() == null) {
            throw new InvalidInputException("followUpVisitId", "Chọn lần kiểm tra lại xác nhận việc khắc phục.");
        }
        VisitRow followUp = visits.load(input.followUpVisitId(), user, false);
        CorrectiveActionState.FollowUp seen = new CorrectiveActionState.FollowUp(
                followUp.kind() == VisitKind.FOLLOW_UP && followUp.chainRoot() == a.rootVisitId(),
                followUp.status() == VisitStatus.DRAFT);
        new CorrectiveActionState(a.status(), a.deadline()).close(seen, input.note());
        ActionView before = visits.action(a);
        jdbc.sql("""
                UPDATE inspection.corrective_action SET status = 'DONE', closed_visit_id = :v, closed_on = :on,
                       closing_note = :n, version = version + 1 WHERE id = :id""")
                .param("v", followUp.id()).param("on", followUp.visitedOn()).param("n", input.note().strip())
                .param("id", actionId).update();
        ActionView after = visits.action(row(actionId));
        audit.record(ENTITY, actionId, a.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public ActionView escalate(long actionId, ActionEscalateInput input) {
        CurrentUser user = access.currentUser();
        ActionRow a = writable(actionId, user, input.version());
        new CorrectiveActionState(a.status(), a.deadline()).escalate(input.note());
        ActionView before = visits.action(a);
        jdbc.sql("""
                UPDATE inspection.corrective_action SET status = 'ESCALATED', escalated_on = :on,
                       escalation_note = :n, version = version + 1 WHERE id = :id""")
                .param("on", LocalDate.now(clock)).param("n", input.note().strip()).param("id", actionId).update();
        ActionView after = visits.action(row(actionId));
        audit.record(ENTITY, actionId, a.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** One action within the user's scope (through its visit). */
    @Transactional(readOnly = true)
    public ActionView view(long actionId) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", actionId);
        String scope = InspectionScope.visits(access.currentUser(), "v", params);
        return jdbc.sql(ActionRow.SELECT + " WHERE a.id = :id AND " + scope).params(params).query(ActionRow.class)
                .optional().map(visits::action)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy biện pháp khắc phục."));
    }

    @Transactional(readOnly = true)
    public List<ActionView> open() {
        Map<String, Object> params = new HashMap<>();
        String scope = InspectionScope.visits(access.currentUser(), "v", params);
        return jdbc.sql(ActionRow.SELECT + " WHERE a.status = 'OPEN' AND " + scope + " ORDER BY a.deadline, a.id")
                .params(params).query(ActionRow.class).list().stream().map(visits::action).toList();
    }

    /** The action within the user's scope (through its visit), locked, writable, at the version read. */
    private ActionRow writable(long actionId, CurrentUser user, Integer version) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", actionId);
        String scope = InspectionScope.visits(user, "v", params);
        ActionRow a = jdbc.sql(ActionRow.SELECT + " WHERE a.id = :id AND " + scope + " FOR UPDATE OF a")
                .params(params).query(ActionRow.class).optional()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy biện pháp khắc phục."));
        if (!InspectionPermissions.mayWrite(user, a.unitCode(), a.provinceCode())) {
            throw new ForbiddenException("Bạn không được cập nhật biện pháp khắc phục này.");
        }
        if (version != null && !Objects.equals(version, a.version())) {
            throw new ConflictException("version", "Biện pháp khắc phục vừa được người khác cập nhật. "
                    + "Hãy tải lại trang rồi thực hiện lại.");
        }
        return a;
    }

    private ActionRow row(long id) {
        return jdbc.sql(ActionRow.SELECT + " WHERE a.id = :id").param("id", id).query(ActionRow.class).single();
    }

    private static void text(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        } else if (value.length() > 2000) {
            errors.add(new FieldError(field, "Tối đa 2000 ký tự."));
        }
    }
}
