package ocop.dossier.internal.intake;

import ocop.dossier.internal.DossierGuard;
import ocop.dossier.internal.DossierSettings;
import ocop.dossier.internal.DossierStore;
import ocop.dossier.internal.DossierSummaries;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import ocop.access.CurrentUser;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.CycleStep;
import ocop.dossier.domain.DossierPermissions;
import ocop.dossier.domain.ProductCycle;
import ocop.dossier.domain.ProductCycle.Event;
import ocop.registry.ProducerView;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OCOP cycle of products (chu trình OCOP): reads a product's place and history, and records the moves the
 * dossiers make (opened, submitted, recognised). A product registered before this module existed gets its place
 * from the registry: an {@code IDEA} is a new idea waiting for the ward, anything else an accepted existing product.
 */
@Service
public class CycleService {

    private final CycleStore store;
    private final RegistryApi registry;
    private final DossierGuard guard;
    private final DossierStore dossiers;
    private final DossierSummaries summaries;
    private final DossierSettings settings;
    private final Clock clock;

    CycleService(CycleStore store, RegistryApi registry, DossierGuard guard, DossierStore dossiers,
                 DossierSummaries summaries, DossierSettings settings, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.guard = guard;
        this.dossiers = dossiers;
        this.summaries = summaries;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CycleView view(long productId) {
        CurrentUser user = guard.user();
        ProductView product = product(productId);
        if (!DossierPermissions.mayReadCycle(user)) {
            throw new ForbiddenException("Vai trò của bạn không được xem chu trình OCOP của sản phẩm.");
        }
        CycleRow row = store.find(productId).orElse(null);
        ProductCycle cycle = row != null ? row.cycle() : derived(product);
        List<DossierSummary> list = DossierPermissions.mayRead(user)
                ? dossiers.list(user.scope(), List.of(), productId, 50).stream().map(summaries::of).toList() : List.of();
        return new CycleView(product, cycle, store.events(productId), row == null ? null : row.planSummary(),
                row == null ? null : row.planFileName(), list, DossierPermissions.mayDecide(user),
                DossierPermissions.mayRegister(user, product.producerId()),
                cycle.firstDossierBlocker(settings.requirePlanForNewIdeas()), row != null,
                row == null ? 0 : row.version());
    }

    /** The product's place in the cycle, stored or derived from the registry. */
    public ProductCycle current(ProductView product) {
        return store.find(product.id()).map(CycleRow::cycle).orElseGet(() -> derived(product));
    }

    /** Records a dossier's effect on the cycle: the event, and the step reached. */
    public void record(ProductView product, Event event, CycleStep reach, String note) {
        CycleRow row = ensure(product);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProductCycle next = row.cycle().reach(reach);
        if (!next.equals(row.cycle()) && !store.update(row.with(next), now)) {
            throw stale();
        }
        store.event(product.id(), next.step(), event, note, guard.user(), now);
    }

    /** The stored row of the product, created from the registry's state when missing. */
    CycleRow ensure(ProductView product) {
        return store.find(product.id()).orElseGet(() -> {
            store.insert(newRow(product, derived(product)), OffsetDateTime.now(clock));
            return store.find(product.id()).orElseThrow();
        });
    }

    CycleRow newRow(ProductView product, ProductCycle cycle) {
        ProducerView producer = registry.producer(product.producerId()).orElseThrow(CycleService::notFound);
        return new CycleRow(product.id(), product.producerId(), product.unitCode(), guard.provinceOf(product.unitCode()),
                producer.neighbourhoodId(), product.name(), cycle, null, null, null, null, null, 0);
    }

    ProductView product(long productId) {
        return registry.product(productId).orElseThrow(CycleService::notFound);
    }

    static ProductCycle derived(ProductView product) {
        return switch (product.status()) {
            case IDEA -> ProductCycle.newIdea();
            case RANKED -> ProductCycle.existingAccepted(true);
            default -> ProductCycle.existingAccepted(false);
        };
    }

    static ConflictException stale() {
        return new ConflictException("version", "Chu trình của sản phẩm vừa được người khác cập nhật. Hãy tải lại "
                + "trang rồi thực hiện lại.");
    }

    public static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy sản phẩm.");
    }
}
