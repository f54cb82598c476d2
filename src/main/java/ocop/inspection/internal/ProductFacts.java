package ocop.inspection.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.registry.ProducerView;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What inspections need of the registry and access: the product as the signed-in user may see it, its unit's
 * province, and names for views (the registry's names of today, or "#id" when the user may not see them).
 */
@Component
public class ProductFacts {

    private final RegistryApi registry;
    private final AccessApi access;

    ProductFacts(RegistryApi registry, AccessApi access) {
        this.registry = registry;
        this.access = access;
    }

    ProductView product(long productId) {
        return registry.product(productId).orElseThrow(() -> new NotFoundException("Không tìm thấy sản phẩm."));
    }

    Optional<ProducerView> producer(long producerId) {
        return registry.producer(producerId);
    }

    /** The province of a commune-level unit (null when the unit is unknown). */
    String provinceOf(String unitCode) {
        return access.unit(unitCode).map(AdministrativeUnit::provinceCode).orElse(null);
    }

    /** Names looked up once per view. */
    public Names names() {
        return new Names();
    }

    public final class Names {
        private final Map<Long, String> products = new HashMap<>();
        private final Map<Long, String> producers = new HashMap<>();

        public String product(long id) {
            return products.computeIfAbsent(id, k -> registry.product(k).map(ProductView::name).orElse("#" + k));
        }

        String producer(long id) {
            return producers.computeIfAbsent(id, k -> registry.producer(k).map(ProducerView::name).orElse("#" + k));
        }
    }
}
