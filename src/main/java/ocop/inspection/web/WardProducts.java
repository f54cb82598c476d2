package ocop.inspection.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ocop.registry.OcopStatus;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
import ocop.registry.RegistryApi;
import ocop.system.PageSlice;
import org.springframework.stereotype.Component;

/**
 * The products an inspection may be about: the ranked products (đã được công nhận) and those whose recognition
 * expired (the logo must no longer be used: hậu kiểm), read from the registry in the user's scope — of one ward for a
 * plan, of the whole scope for an ad-hoc inspection.
 */
@Component
class WardProducts {

    private static final int MAX_PAGES = 20;

    private final RegistryApi registry;

    WardProducts(RegistryApi registry) {
        this.registry = registry;
    }

    List<ProductSummary> of(String unitCode) {
        return inScope().stream().filter(p -> unitCode.equals(p.unitCode())).toList();
    }

    /** Every ranked or expired product the signed-in user may see, by name. */
    List<ProductSummary> inScope() {
        List<ProductSummary> all = new ArrayList<>();
        for (OcopStatus status : List.of(OcopStatus.RANKED, OcopStatus.EXPIRED)) {
            for (int page = 0; page < MAX_PAGES; page++) {
                PageSlice<ProductSummary> slice = registry.products(
                        new ProductFilter(null, status, null, null, null, null), page, PageSlice.MAX_SIZE);
                all.addAll(slice.items());
                if (!slice.hasNext()) {
                    break;
                }
            }
        }
        all.sort(Comparator.comparing(ProductSummary::name));
        return all;
    }
}
