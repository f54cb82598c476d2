package ocop.dossier.internal;

import ocop.dossier.internal.intake.CycleService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.CycleStep;
import ocop.dossier.domain.DossierPermissions;
import ocop.dossier.domain.EvaluationRounds;
import ocop.dossier.domain.ProductCycle;
import ocop.registry.ProducerView;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossiers (hồ sơ đánh giá, phân hạng): open one for a product, year and round, list them in scope, and edit the
 * typed parts of Mẫu 02 while the dossier is a draft or returned, with optimistic locking. Moves are
 * {@link TransitionService}'s.
 */
@Service
public class DossierService {

    static final String ENTITY = "dossier";

    private final DossierStore store;
    private final DossierGuard guard;
    private final DossierSummaries summaries;
    private final FormEditor editor;
    private final CycleService cycles;
    private final EvidenceRows evidence;
    private final RegistryApi registry;
    private final EvaluationRounds rounds;
    private final DossierSettings settings;
    private final AuditTrail audit;
    private final DossierHistory history;

    DossierService(DossierStore store, DossierGuard guard, DossierSummaries summaries, FormEditor editor,
                   CycleService cycles, EvidenceRows evidence, RegistryApi registry, EvaluationRounds rounds,
                   DossierSettings settings, AuditTrail audit, DossierHistory history) {
        this.store = store;
        this.guard = guard;
        this.summaries = summaries;
        this.editor = editor;
        this.cycles = cycles;
        this.evidence = evidence;
        this.registry = registry;
        this.rounds = rounds;
        this.settings = settings;
        this.audit = audit;
        this.history = history;
    }

    @Transactional
    public DossierSummary create(NewDossier in) {
        CurrentUser user = guard.user();
        if (in.productId() == null) {
            throw new InvalidInputException("productId", "Chọn sản phẩm của hồ sơ.");
        }
        if (in.kind() == null) {
            throw new InvalidInputException("kind", "Chọn loại hồ sơ: lần đầu, nâng hạng hoặc đánh giá lại.");
        }
        ProductView product = registry.product(in.productId())
                .orElseThrow(() -> new InvalidInputException("productId", "Không tìm thấy sản phẩm đã chọn."));
        if (!DossierPermissions.mayCreate(user, product.producerId())) {
            throw new ForbiddenException("Chỉ chủ thể (cho sản phẩm của mình) hoặc cán bộ Phòng Kinh tế được lập hồ sơ.");
        }
        checkKind(in.kind(), product);
        LocalDate today = summaries.today();
        EvaluationRounds.NextCutOff next = rounds.next(today);
        int year = in.year() == null ? next.year() : in.year();
        int round = in.round() == null ? next.round().number() : in.round();
        checkRound(year, round, today);
        if (store.openExists(product.id())) {
            throw new ConflictException("productId", "Sản phẩm đang có một hồ sơ chưa kết thúc; hãy hoàn tất hoặc rút "
                    + "hồ sơ đó trước khi lập hồ sơ mới.");
        }
        ProducerView producer = registry.producer(product.producerId()).orElseThrow(CycleService::notFound);
        OffsetDateTime now = OffsetDateTime.now(summaries.clock());
        DossierRow row = new DossierRow(0, product.id(), producer.id(), product.unitCode(),
                guard.provinceOf(product.unitCode()), producer.neighbourhoodId(), product.name(), producer.name(),
                product.classificationCode(), in.kind(), year, round, DossierStatus.DRAFT, null, null, null, null, null,
                Map.of(), null, null, user.username(), now, now, 0);
        long id;
        try {
            id = store.insert(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("round", "Sản phẩm đã có hồ sơ cho đợt " + round + " năm " + year + ".");
        }
        if (in.kind() != DossierKind.FIRST) {
            store.latestOther(product.id(), id).ifPresent(from -> evidence.carryOver(from, id, today, user.username(), now));
        }
        DossierRow saved = store.find(id).orElseThrow();
        history.record(id, "CREATE", null, DossierStatus.DRAFT, null, List.of(), user, now);
        cycles.record(product, ProductCycle.Event.DOSSIER_OPENED, CycleStep.EVALUATION,
                "Hồ sơ " + labelOf(in.kind()) + ", đợt " + round + "/" + year);
        DossierSummary summary = summaries.of(saved);
        audit.record(ENTITY, id, saved.unitCode(), AuditAction.CREATE, null, summary);
        return summary;
    }

    /**
     * Opens a re-evaluation or upgrade dossier for the next round (see {@link ocop.dossier.DossierApi#openFollowUp}),
     * refusing in plain words when one of that kind is already open.
     */
    @Transactional
    public DossierSummary openFollowUp(long productId, DossierKind kind) {
        if (kind != DossierKind.REEVALUATION && kind != DossierKind.UPGRADE) {
            throw new InvalidInputException("kind", "Từ giấy chứng nhận chỉ mở được hồ sơ đánh giá, phân hạng lại "
                    + "hoặc hồ sơ nâng hạng.");
        }
        ProductView product = registry.product(productId)
                .orElseThrow(() -> new InvalidInputException("productId", "Không tìm thấy sản phẩm đã chọn."));
        if (store.openOfKindExists(product.id(), kind)) {
            throw new ConflictException("kind", "Sản phẩm \"" + product.name() + "\" đã có một hồ sơ " + labelOf(kind)
                    + " đang mở; hãy tiếp tục hồ sơ đó thay vì mở hồ sơ mới.");
        }
        return create(new NewDossier(product.id(), kind, null, null));
    }

    /** The evaluated-before date of the dossier's round, or of the next round when none is given (or not visible). */
    public LocalDate expectedCouncilDate(Long dossierId) {
        if (dossierId != null) {
            try {
                DossierSummary s = summary(dossierId);
                return rounds.rounds().stream().filter(r -> r.number() == s.round()).findFirst()
                        .map(r -> r.evaluatedBefore().atYear(s.year()))
                        .orElseGet(() -> rounds.next(summaries.today()).evaluatedBefore());
            } catch (ocop.system.NotFoundException | ForbiddenException e) {
                // not visible: the next round
            }
        }
        return rounds.next(summaries.today()).evaluatedBefore();
    }

    @Transactional(readOnly = true)
    public List<DossierSummary> list(List<DossierStatus> states, Long productId) {
        CurrentUser user = guard.user();
        if (!DossierPermissions.mayRead(user)) {
            throw new ForbiddenException("Vai trò của bạn không được xem hồ sơ đánh giá, phân hạng.");
        }
        return store.list(user.scope(), states, productId, 500).stream().map(summaries::of).toList();
    }

    @Transactional(readOnly = true)
    public DossierSummary summary(long id) {
        return summaries.full(guard.readable(id, guard.user()));
    }

    /** Saves the typed fields of Mẫu 02 (only those given); 409 when {@code version} is stale. */
    @Transactional
    public DossierSummary updateForms(long id, Map<String, String> fields, Integer version) {
        CurrentUser user = guard.user();
        DossierRow row = guard.editable(id, user);
        if (version != null && version != row.version()) {
            throw stale();
        }
        Map<String, String> merged = editor.merge(row, fields);
        if (!store.updateForms(id, row.version(), merged, OffsetDateTime.now(summaries.clock()))) {
            throw stale();
        }
        audit.record(ENTITY, id, row.unitCode(), AuditAction.UPDATE, row.forms(), merged);
        return summaries.of(store.find(id).orElseThrow());
    }

    private void checkKind(DossierKind kind, ProductView product) {
        boolean recognised = !product.starHistory().isEmpty();
        if (kind == DossierKind.FIRST) {
            if (recognised) {
                throw new InvalidInputException("kind", "Sản phẩm đã được công nhận; hãy chọn hồ sơ nâng hạng hoặc "
                        + "đánh giá, phân hạng lại.");
            }
            String blocker = cycles.current(product).firstDossierBlocker(settings.requirePlanForNewIdeas());
            if (blocker != null) {
                throw new ConflictException("kind", blocker);
            }
        } else if (!recognised) {
            throw new InvalidInputException("kind", "Hồ sơ nâng hạng hoặc đánh giá lại chỉ dành cho sản phẩm đã được "
                    + "công nhận (Điều 6.1).");
        }
    }

    private void checkRound(int year, int round, LocalDate today) {
        EvaluationRounds.Round r = rounds.rounds().stream().filter(x -> x.number() == round).findFirst()
                .orElseThrow(() -> new InvalidInputException("round", "Không có đợt đánh giá số " + round + "."));
        if (r.sendBefore().atYear(year).isBefore(today)) {
            throw new InvalidInputException("round", "Đợt " + round + " năm " + year + " đã qua hạn gửi tỉnh ("
                    + DossierNotices.date(r.sendBefore().atYear(year)) + ").");
        }
    }

    private static String labelOf(DossierKind kind) {
        return switch (kind) {
            case FIRST -> "lần đầu";
            case UPGRADE -> "nâng hạng";
            case REEVALUATION -> "đánh giá, phân hạng lại";
        };
    }

    static ConflictException stale() {
        return new ConflictException("version", "Hồ sơ vừa được người khác cập nhật nên thay đổi của bạn chưa được lưu. "
                + "Hãy tải lại trang để xem bản mới nhất rồi nhập lại thay đổi.");
    }
}
