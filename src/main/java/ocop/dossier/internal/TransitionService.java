package ocop.dossier.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSubmitted;
import ocop.dossier.DossierSummary;
import ocop.dossier.DossierTransitioned;
import ocop.dossier.ReturnReason;
import ocop.dossier.domain.CycleStep;
import ocop.dossier.domain.FormCheck;
import ocop.dossier.domain.ProductCycle;
import ocop.dossier.domain.RegistrationNumber;
import ocop.dossier.domain.Transitions;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a dossier (chuyển trạng thái hồ sơ) only along {@link Transitions}: the role checked, the state checked, the
 * version checked (a stale one gets 409); on receipt the Mẫu 01 number is given and the ward's 15-working-day clock
 * starts; every submission is frozen as a version; a return carries a reason per item; each move is in the history
 * and the audit trail, published as events, and told to whoever must act next.
 */
@Service
public class TransitionService {

    static final int MAX_NOTE = 2_000;

    private final DossierGuard guard;
    private final DossierStore store;
    private final DossierSummaries summaries;
    private final DossierReader reader;
    private final RegistrationCounter counter;
    private final SnapshotService snapshots;
    private final DossierHistory history;
    private final DossierNotices notices;
    private final TransitionEffects effects;
    private final DossierSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    TransitionService(DossierGuard guard, DossierStore store, DossierSummaries summaries, DossierReader reader,
                      RegistrationCounter counter, SnapshotService snapshots, DossierHistory history,
                      DossierNotices notices, TransitionEffects effects, DossierSettings settings, AuditTrail audit,
                      ApplicationEventPublisher events) {
        this.guard = guard;
        this.store = store;
        this.summaries = summaries;
        this.reader = reader;
        this.counter = counter;
        this.snapshots = snapshots;
        this.history = history;
        this.notices = notices;
        this.effects = effects;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public DossierSummary apply(long id, DossierAction action, String note, List<ReturnReason> reasons,
                                Integer expectedVersion) {
        if (action.recordsResult()) {
            throw new InvalidInputException("action", "Kết quả của tỉnh được ghi nhận bằng chức năng «Ghi nhận kết quả» "
                    + "(điểm, hạng sao, quyết định), không chuyển trạng thái trực tiếp.");
        }
        CurrentUser user = guard.user();
        DossierRow row = guard.readable(id, user);
        if (!Transitions.mayEver(user.role(), action)) {
            throw new ForbiddenException("Vai trò của bạn không được thực hiện thao tác này với hồ sơ.");
        }
        Transitions.Move move = Transitions.find(row.status(), action).orElseThrow(() -> new ConflictException(null,
                "Không thể thực hiện thao tác này khi hồ sơ đang ở trạng thái hiện tại. Hãy tải lại trang."));
        if (!move.roles().contains(user.role())) {
            throw new ForbiddenException("Vai trò của bạn không được thực hiện thao tác này ở bước hiện tại.");
        }
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw DossierService.stale();
        }
        String text = Texts.clean(note);
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "Ghi chú dài quá " + MAX_NOTE + " ký tự.");
        }
        List<ReturnReason> why = action == DossierAction.RETURN ? reasons(reasons, text) : List.of();
        if (action == DossierAction.SUBMIT || action == DossierAction.RESUBMIT) {
            requireComplete(row);
        }
        OffsetDateTime now = OffsetDateTime.now(summaries.clock());
        DossierRow next = moved(row, move, now.toLocalDate());
        if (!store.updateState(next, row.version(), now)) {
            throw DossierService.stale();
        }
        DossierRow saved = store.find(id).orElseThrow();
        history.record(id, action.name(), row.status(), saved.status(), text, why, user, now);
        if (action == DossierAction.SUBMIT || action == DossierAction.RESUBMIT) {
            snapshots.take(saved, action.name(), user, now);
            events.publishEvent(new DossierSubmitted(id, saved.productId(), saved.unitCode(), saved.registrationNo(),
                    saved.receivedOn(), saved.wardDeadline()));
            if (action == DossierAction.SUBMIT) {
                effects.cycle(saved, ProductCycle.Event.DOSSIER_SUBMITTED, CycleStep.EVALUATION,
                        "Số phiếu " + saved.registrationNo());
            }
        }
        DossierSummary after = summaries.of(saved);
        audit.record(DossierService.ENTITY, id, saved.unitCode(), AuditAction.UPDATE, summaries.of(row), after);
        events.publishEvent(new DossierTransitioned(id, saved.productId(), saved.producerId(), saved.unitCode(), action,
                row.status(), saved.status(), user.username()));
        notices.transitioned(saved, action, user.username(), why);
        return after;
    }

    private DossierRow moved(DossierRow r, Transitions.Move move, LocalDate today) {
        String number = r.registrationNo();
        LocalDate received = r.receivedOn();
        LocalDate deadline = r.wardDeadline();
        String sheet = r.sheetCode();
        Integer sheetVersion = r.sheetVersion();
        if (move.to() == DossierStatus.SUBMITTED || move.to() == DossierStatus.RESUBMITTED) {
            if (number == null) {
                number = RegistrationNumber.format(settings.registrationFormat(), counter.next(r.unitCode(), r.year()),
                        r.round(), r.provinceCode(), r.unitCode(), r.year());
            }
            if (received == null || summaries.wardClock().restartOnResubmission()) {
                received = today;
                deadline = summaries.deadline(today);
            }
            var in = effects.sheetFor(r.classificationCode(), today);
            if (in != null) {
                sheet = in.code();
                sheetVersion = in.version();
            }
        }
        return new DossierRow(r.id(), r.productId(), r.producerId(), r.unitCode(), r.provinceCode(), r.neighbourhoodId(),
                r.productName(), r.producerName(), r.classificationCode(), r.kind(), r.year(), r.round(), move.to(),
                number, received, deadline, sheet, sheetVersion, r.forms(), r.form01DocumentId(),
                r.form02DocumentId(), r.createdBy(), r.createdAt(), r.updatedAt(), r.version());
    }

    private void requireComplete(DossierRow row) {
        if (!settings.submitRequiresComplete()) {
            return;
        }
        List<FormCheck.Finding> findings = reader.check(row);
        if (!findings.isEmpty()) {
            throw new InvalidInputException(findings.stream().map(f -> new FieldError(f.item(), f.message())).toList());
        }
    }

    private static List<ReturnReason> reasons(List<ReturnReason> given, String note) {
        List<ReturnReason> out = new ArrayList<>();
        if (given != null) {
            for (ReturnReason r : given) {
                String reason = r == null ? null : Texts.clean(r.reason());
                if (reason != null) {
                    if (reason.length() > MAX_NOTE) {
                        throw new InvalidInputException("reasons", "Mỗi lý do dài tối đa " + MAX_NOTE + " ký tự.");
                    }
                    String item = r.item() == null || r.item().isBlank() ? "general" : r.item().strip();
                    out.add(new ReturnReason(item, reason));
                }
            }
        }
        if (out.isEmpty() && note != null) {
            out.add(new ReturnReason("general", note));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("reasons", "Nêu lý do trả lại cho từng mục còn thiếu hoặc chưa đạt.");
        }
        if (out.size() > 100) {
            throw new InvalidInputException("reasons", "Tối đa 100 lý do.");
        }
        return out;
    }
}
