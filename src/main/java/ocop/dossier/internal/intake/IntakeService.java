package ocop.dossier.internal.intake;

import ocop.dossier.internal.DossierGuard;
import ocop.dossier.internal.DossierNotices;
import java.time.Clock;
import java.time.OffsetDateTime;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.dossier.domain.DossierPermissions;
import ocop.dossier.domain.ProductCycle;
import ocop.dossier.domain.ProductCycle.Event;
import ocop.registry.OcopStatus;
import ocop.registry.ProductInput;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake and the ward's decisions in the cycle (tiếp nhận ý tưởng, phương án SXKD): a producer registers a product
 * idea or an existing product (a ward officer does it for a household); the officer accepts it or returns it with
 * reasons; a new idea then needs a business plan ({@link PlanService}), which the officer accepts or returns.
 */
@Service
public class IntakeService {

    static final int MAX_TEXT = 10_000;
    static final String ENTITY = "product-cycle";

    /** What is registered: the producer, the product's data, and whether it is an existing product. */
    public record Registration(Long producerId, String name, String classificationCode, String description,
                               String rawMaterials, String rawMaterialOrigin, Boolean existing) {
    }

    /** A decision of the cycle, in URLs as {@code accept-idea}, {@code return-idea}, … */
    public enum Decision { ACCEPT_IDEA, RETURN_IDEA, RESUBMIT_IDEA, ACCEPT_PLAN, RETURN_PLAN }

    private final CycleService cycles;
    private final CycleStore store;
    private final RegistryApi registry;
    private final DossierGuard guard;
    private final DossierNotices notices;
    private final ocop.access.AuditTrail audit;
    private final Clock clock;

    IntakeService(CycleService cycles, CycleStore store, RegistryApi registry, DossierGuard guard,
                  DossierNotices notices, ocop.access.AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.store = store;
        this.registry = registry;
        this.guard = guard;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProductView register(Registration in) {
        CurrentUser user = guard.user();
        Long producerId = user.is(Role.PRODUCER) ? user.producerId() : in.producerId();
        if (producerId == null) {
            throw new InvalidInputException("producerId", "Chọn chủ thể của sản phẩm.");
        }
        if (!DossierPermissions.mayRegister(user, producerId)) {
            throw new ForbiddenException("Chỉ chủ thể (cho chính mình) hoặc cán bộ Phòng Kinh tế được đăng ký sản phẩm.");
        }
        if (registry.producer(producerId).isEmpty()) {
            throw new InvalidInputException("producerId", "Không tìm thấy chủ thể đã chọn.");
        }
        boolean existing = Boolean.TRUE.equals(in.existing());
        boolean byWard = DossierPermissions.mayDecide(user);
        OcopStatus status = byWard && existing ? OcopStatus.IN_PROGRAMME : OcopStatus.IDEA;
        ProductView product = registry.createProduct(new ProductInput(producerId, in.name(), in.classificationCode(),
                null, in.description(), in.rawMaterials(), in.rawMaterialOrigin(), status, null), false);
        ProductCycle cycle = !existing ? ProductCycle.newIdea()
                : byWard ? ProductCycle.existingAccepted(false) : ProductCycle.existing();
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.insert(cycles.newRow(product, cycle), now);
        store.event(product.id(), cycle.step(), existing ? Event.EXISTING_REGISTERED : Event.IDEA_REGISTERED, null,
                user, now);
        if (cycle.idea() == ProductCycle.Idea.ACCEPTED) {
            store.event(product.id(), cycle.step(), Event.IDEA_ACCEPTED, "Cán bộ đăng ký sản phẩm đã có cho chủ thể.",
                    user, now);
        } else {
            notices.officers(product.unitCode(), "Đăng ký sản phẩm cần xem xét: " + product.name(),
                    product.producerName() + " đăng ký " + (existing ? "sản phẩm đã có" : "ý tưởng sản phẩm mới")
                            + " \"" + product.name() + "\".", link(product.id()));
        }
        return product;
    }

    @Transactional
    public CycleView decide(long productId, Decision decision, String note, Integer version) {
        CurrentUser user = guard.user();
        ProductView product = cycles.product(productId);
        boolean producerSide = decision == Decision.RESUBMIT_IDEA;
        if (producerSide ? !DossierPermissions.mayRegister(user, product.producerId()) : !DossierPermissions.mayDecide(user)) {
            throw new ForbiddenException(producerSide ? "Chỉ chủ thể hoặc cán bộ được nộp lại đăng ký."
                    : "Chỉ cán bộ Phòng Kinh tế được quyết định về ý tưởng và phương án sản xuất kinh doanh.");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if ((decision == Decision.RETURN_IDEA || decision == Decision.RETURN_PLAN) && text == null) {
            throw new InvalidInputException("note", "Nêu lý do trả lại để chủ thể biết cần làm gì.");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException("note", "Ghi chú dài quá " + MAX_TEXT + " ký tự.");
        }
        CycleRow row = cycles.ensure(product);
        checkVersion(row, version);
        ProductCycle now = row.cycle();
        ProductCycle next = switch (decision) {
            case ACCEPT_IDEA -> now.acceptIdea();
            case RETURN_IDEA -> now.returnIdea();
            case RESUBMIT_IDEA -> now.resubmitIdea();
            case ACCEPT_PLAN -> now.acceptPlan();
            case RETURN_PLAN -> now.returnPlan();
        };
        Event event = switch (decision) {
            case ACCEPT_IDEA -> Event.IDEA_ACCEPTED;
            case RETURN_IDEA -> Event.IDEA_RETURNED;
            case RESUBMIT_IDEA -> Event.IDEA_RESUBMITTED;
            case ACCEPT_PLAN -> Event.PLAN_ACCEPTED;
            case RETURN_PLAN -> Event.PLAN_RETURNED;
        };
        save(row.with(next), event, text, user);
        if (decision == Decision.ACCEPT_IDEA && product.status() == OcopStatus.IDEA) {
            registry.changeStatus(productId, OcopStatus.IN_PROGRAMME);
        }
        tell(product, decision, text);
        return cycles.view(productId);
    }

    /** Saves a move of the cycle (if nobody moved it meanwhile), its dated event and the audit line. */
    void save(CycleRow row, Event event, String note, CurrentUser user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProductCycle before = store.find(row.productId()).map(CycleRow::cycle).orElse(null);
        if (!store.update(row, now)) {
            throw CycleService.stale();
        }
        store.event(row.productId(), row.cycle().step(), event, note, user, now);
        audit.record(ENTITY, row.productId(), row.unitCode(), ocop.access.AuditTrail.AuditAction.UPDATE, before,
                row.cycle());
    }

    private void tell(ProductView product, Decision decision, String note) {
        String link = link(product.id());
        switch (decision) {
            case ACCEPT_IDEA -> notices.producer(product.producerId(), "Đăng ký sản phẩm được chấp nhận: "
                    + product.name(), "UBND phường chấp nhận đăng ký sản phẩm." + (note == null ? "" : "\n" + note), link);
            case RETURN_IDEA -> notices.producer(product.producerId(), "Đăng ký sản phẩm bị trả lại: " + product.name(),
                    note, link);
            case ACCEPT_PLAN -> notices.producer(product.producerId(), "Phương án SXKD được chấp nhận: "
                    + product.name(), "Có thể lập hồ sơ đánh giá, phân hạng lần đầu khi sản phẩm sẵn sàng.", link);
            case RETURN_PLAN -> notices.producer(product.producerId(), "Phương án SXKD cần sửa: " + product.name(),
                    note, link);
            case RESUBMIT_IDEA -> notices.officers(product.unitCode(), "Đăng ký sản phẩm nộp lại: " + product.name(),
                    note == null ? "Chủ thể đã nộp lại đăng ký." : note, link);
        }
    }

    static void checkVersion(CycleRow row, Integer version) {
        if (version != null && version != row.version()) {
            throw CycleService.stale();
        }
    }

    static String link(long productId) {
        return "/products/" + productId + "/cycle";
    }
}
