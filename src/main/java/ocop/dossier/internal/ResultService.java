package ocop.dossier.internal;

import java.time.OffsetDateTime;
import java.util.List;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.DossierTransitioned;
import ocop.dossier.RecognitionRecorded;
import ocop.dossier.ResultInput;
import ocop.dossier.domain.CycleStep;
import ocop.dossier.domain.ProductCycle;
import ocop.dossier.domain.ResultRules;
import ocop.dossier.domain.Transitions;
import ocop.registry.OcopStatus;
import ocop.registry.RegistryApi;
import ocop.registry.StarRecordInput;
import ocop.system.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's (or ministry's) result on a dossier (ghi nhận kết quả, Điều 7.3): {@link ResultRules} decides the
 * move from the score, stars and refusal; the result is stored, the registry's star history and status updated, the
 * product's cycle moved to trade promotion, {@link RecognitionRecorded} published and the producer told.
 */
@Service
public class ResultService {

    private final DossierGuard guard;
    private final DossierStore store;
    private final DossierSummaries summaries;
    private final DossierHistory history;
    private final DossierNotices notices;
    private final TransitionEffects effects;
    private final RegistryApi registry;
    private final DossierSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ResultService(DossierGuard guard, DossierStore store, DossierSummaries summaries, DossierHistory history,
                  DossierNotices notices, TransitionEffects effects, RegistryApi registry, DossierSettings settings,
                  AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.guard = guard;
        this.store = store;
        this.summaries = summaries;
        this.history = history;
        this.notices = notices;
        this.effects = effects;
        this.registry = registry;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public DossierSummary record(long id, ResultInput in) {
        CurrentUser user = guard.user();
        DossierRow row = guard.readable(id, user);
        if (!Transitions.mayEver(user.role(), DossierAction.RECORD_RECOGNISED)) {
            throw new ForbiddenException("Chỉ cán bộ Sở (tỉnh) hoặc cán bộ Phòng Kinh tế được ghi nhận kết quả đánh giá.");
        }
        if (row.status() != DossierStatus.SENT_TO_PROVINCE && row.status() != DossierStatus.PROPOSED_TO_MINISTRY) {
            throw new ocop.system.ConflictException(null, "Chỉ ghi nhận kết quả cho hồ sơ đã gửi tỉnh hoặc đã đề nghị "
                    + "cấp quốc gia.");
        }
        if (in.version() != null && in.version() != row.version()) {
            throw DossierService.stale();
        }
        ResultRules.Outcome outcome = ResultRules.decide(row.status(), in, settings.resultPolicy(), summaries.today());
        Transitions.Move move = Transitions.find(row.status(), outcome.action()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(summaries.clock());
        DossierRow next = new DossierRow(row.id(), row.productId(), row.producerId(), row.unitCode(), row.provinceCode(),
                row.neighbourhoodId(), row.productName(), row.producerName(), row.classificationCode(), row.kind(),
                row.year(), row.round(), move.to(), row.registrationNo(), row.receivedOn(), row.wardDeadline(),
                row.sheetCode(), row.sheetVersion(), row.forms(), row.form01DocumentId(), row.form02DocumentId(),
                row.createdBy(), row.createdAt(), row.updatedAt(), row.version());
        if (!store.updateState(next, row.version(), now)) {
            throw DossierService.stale();
        }
        String note = Texts.clean(in.note());
        insertResult(row.id(), outcome, in, note, user.username(), now);
        history.record(id, outcome.action().name(), row.status(), move.to(), note, List.of(), user, now);
        updateRegistry(row, outcome, in, note);
        DossierRow saved = store.find(id).orElseThrow();
        DossierSummary after = summaries.of(saved);
        audit.record(DossierService.ENTITY, id, saved.unitCode(), AuditAction.UPDATE, summaries.of(row), after);
        events.publishEvent(new DossierTransitioned(id, saved.productId(), saved.producerId(), saved.unitCode(),
                outcome.action(), row.status(), saved.status(), user.username()));
        if (outcome.action() == DossierAction.RECORD_RECOGNISED) {
            events.publishEvent(new RecognitionRecorded(id, saved.productId(), saved.producerId(), saved.unitCode(),
                    saved.provinceCode(), in.score(), outcome.stars(), in.decisionNo().strip(), in.decisionDate(),
                    Texts.clean(in.certificateNo()), issuedOn(in), user.username()));
        }
        notices.transitioned(saved, outcome.action(), user.username(), List.of());
        return after;
    }

    private void updateRegistry(DossierRow row, ResultRules.Outcome outcome, ResultInput in, String note) {
        switch (outcome.action()) {
            case RECORD_RECOGNISED -> {
                String certificate = Texts.clean(in.certificateNo());
                String text = "Hồ sơ " + (row.registrationNo() == null ? "#" + row.id() : row.registrationNo())
                        + (certificate == null ? "" : "; giấy chứng nhận số " + certificate + " cấp ngày "
                        + DossierNotices.date(issuedOn(in))) + (note == null ? "" : "; " + note);
                registry.recordRecognition(row.productId(), new StarRecordInput(outcome.stars(), in.score(),
                        in.decisionNo().strip(), in.decisionDate(), outcome.level(), text));
                effects.cycle(row, ProductCycle.Event.RECOGNISED, CycleStep.PROMOTION, in.decisionNo().strip());
            }
            case RECORD_NOT_RECOGNISED -> {
                if (row.kind() == DossierKind.FIRST) {
                    registry.product(row.productId()).filter(p -> p.status() == OcopStatus.IDEA)
                            .ifPresent(p -> registry.changeStatus(p.id(), OcopStatus.IN_PROGRAMME));
                }
                effects.cycle(row, ProductCycle.Event.NOT_RECOGNISED, CycleStep.EVALUATION, note);
            }
            default -> { }
        }
    }

    private void insertResult(long id, ResultRules.Outcome o, ResultInput in, String note, String by,
                              OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO dossier.result (dossier_id, outcome, score, stars, level, decision_no, decision_date,
                    certificate_no, certificate_issued_on, refused, note, recorded_by, recorded_at)
                VALUES (:d, :outcome, :score, :stars, :level, :no, :date, :cert, :certOn, :refused, :note, :by, :at)""")
                .param("d", id).param("outcome", o.action().name()).param("score", in.score())
                .param("stars", o.stars()).param("level", o.level() == null ? null : o.level().name())
                .param("no", Texts.clean(in.decisionNo())).param("date", in.decisionDate())
                .param("cert", Texts.clean(in.certificateNo()))
                .param("certOn", o.action() == DossierAction.RECORD_RECOGNISED ? issuedOn(in) : in.certificateIssuedOn())
                .param("refused", in.isRefusal()).param("note", note).param("by", by).param("at", at).update();
    }

    private static java.time.LocalDate issuedOn(ResultInput in) {
        return in.certificateIssuedOn() != null ? in.certificateIssuedOn() : in.decisionDate();
    }
}
