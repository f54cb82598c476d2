package ocop.inspection.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.inspection.DraftInput;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.RevocationProposed;
import ocop.inspection.SubmitInput;
import ocop.inspection.VisitView;
import ocop.inspection.domain.DraftSaves;
import ocop.inspection.domain.InspectionPermissions;
import ocop.inspection.domain.OutcomeRules;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ghi biên bản: draft saves from the phone (idempotent by the form's draft id and save count, {@link DraftSaves}) and
 * submission with the outcome ({@link OutcomeRules}); a proposal to revoke publishes {@link RevocationProposed}.
 */
@Service
class VisitDrafts {

    private final JdbcClient jdbc;
    private final VisitStore visits;
    private final AccessApi access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    VisitDrafts(JdbcClient jdbc, VisitStore visits, AccessApi access, AuditTrail audit,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public VisitView save(long visitId, DraftInput input) {
        CurrentUser user = access.currentUser();
        VisitRow v = writable(visitId, user);
        List<FieldError> errors = new ArrayList<>();
        String draftId = input.clientDraftId() == null ? "" : input.clientDraftId().strip();
        if (draftId.isEmpty() || draftId.length() > 64) {
            errors.add(new FieldError("clientDraftId", "Thiếu mã bản nháp của biểu mẫu (tối đa 64 ký tự)."));
        }
        if (input.clientVersion() == null || input.clientVersion() < 1) {
            errors.add(new FieldError("clientVersion", "Thiếu số lần lưu của bản nháp."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        DraftSaves.Decision decision = DraftSaves.decide(v.clientDraftId(), v.clientDraftVersion(), v.version(),
                draftId, input.clientVersion(), input.version());
        if (decision == DraftSaves.Decision.REPLAY) {
            return visits.view(v);
        }
        VisitService.requireDraft(v);
        if (decision == DraftSaves.Decision.STALE) {
            throw new ConflictException("version", "Biên bản vừa được lưu từ một thiết bị khác. "
                    + "Hãy tải lại để xem bản mới rồi nhập tiếp.");
        }
        List<DraftInput.AnswerInput> answers = input.answers() == null ? List.of() : input.answers();
        Set<String> codes = new HashSet<>();
        visits.items(visitId).forEach(i -> codes.add(i.code()));
        for (int i = 0; i < answers.size(); i++) {
            DraftInput.AnswerInput a = answers.get(i);
            if (a == null || a.itemCode() == null || !codes.contains(a.itemCode())) {
                errors.add(new FieldError("answers[" + i + "].itemCode", "Không có mục kiểm tra này trong phiếu."));
            } else if (a.note() != null && a.note().length() > 2000) {
                errors.add(new FieldError("answers[" + i + "].note", "Ghi chú tối đa 2000 ký tự."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        for (DraftInput.AnswerInput a : answers) {
            jdbc.sql("""
                    UPDATE inspection.visit_item SET answer = :a, note = :n, answered_at = now()
                     WHERE visit_id = :v AND code = :c""")
                    .param("a", a.answer() == null ? null : a.answer().name())
                    .param("n", InspectionPlans.blankToNull(a.note())).param("v", visitId).param("c", a.itemCode())
                    .update();
            changed.put(a.itemCode(), a.answer() == null ? null : a.answer().name());
        }
        jdbc.sql("""
                UPDATE inspection.visit SET client_draft_id = :d, client_draft_version = :cv, updated_at = now(),
                       version = version + 1 WHERE id = :id""")
                .param("d", draftId).param("cv", input.clientVersion()).param("id", visitId).update();
        audit.record(VisitService.ENTITY, visitId, v.unitCode(), AuditAction.UPDATE, null,
                Map.of("draft", draftId + "#" + input.clientVersion(), "answers", changed));
        return visits.view(visits.load(visitId, user, false));
    }

    @Transactional
    public VisitView submit(long visitId, SubmitInput input) {
        CurrentUser user = access.currentUser();
        VisitRow v = writable(visitId, user);
        VisitService.requireDraft(v);
        VisitService.checkVersion(v, input.version());
        Set<String> withFinding = new HashSet<>();
        visits.findings(visitId).forEach(f -> {
            if (f.itemCode() != null) {
                withFinding.add(f.itemCode());
            }
        });
        List<OutcomeRules.AnsweredItem> items = visits.items(visitId).stream()
                .map(i -> new OutcomeRules.AnsweredItem(i.code(), i.answer(), i.note(), withFinding.contains(i.code())))
                .toList();
        List<OutcomeRules.ChainAction> actions = visits.chainActions(v.chainRoot()).stream()
                .map(a -> new OutcomeRules.ChainAction(a.severity(), a.status())).toList();
        List<FieldError> errors = OutcomeRules.check(input.outcome(), input.revocationGround(), input.conclusion(),
                items, actions);
        if (input.conclusion() != null && input.conclusion().length() > 4000) {
            errors.add(new FieldError("conclusion", "Kết luận tối đa 4000 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        VisitView before = visits.view(v);
        jdbc.sql("""
                UPDATE inspection.visit SET status = 'SUBMITTED', outcome = :o, revocation_ground = :g,
                       conclusion = :c, submitted_by = :by, submitted_at = now(), updated_at = now(),
                       version = version + 1 WHERE id = :id""")
                .param("o", input.outcome().name())
                .param("g", input.revocationGround() == null ? null : input.revocationGround().name())
                .param("c", InspectionPlans.blankToNull(input.conclusion())).param("by", user.username())
                .param("id", visitId).update();
        VisitView after = visits.view(visits.load(visitId, user, false));
        audit.record(VisitService.ENTITY, visitId, v.unitCode(), AuditAction.UPDATE, before, after);
        if (input.outcome() == InspectionOutcome.PROPOSE_REVOCATION) {
            events.publishEvent(new RevocationProposed(visitId, v.unitCode(), v.productId(), v.producerId(),
                    input.revocationGround(), v.visitedOn(), user.username()));
        }
        return after;
    }

    private VisitRow writable(long visitId, CurrentUser user) {
        VisitRow v = visits.load(visitId, user, true);
        if (!InspectionPermissions.mayWrite(user, v.unitCode(), v.provinceCode())) {
            throw new ForbiddenException("Bạn không được ghi biên bản kiểm tra này.");
        }
        return v;
    }
}
