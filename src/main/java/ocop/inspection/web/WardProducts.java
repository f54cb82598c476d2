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
 * The products a plan may list: the ranked products of the plan's ward (đã được công nhận), and those whose
 * recognition expired (the logo must no longer be used: hậu kiểm), read from the registry in the user's scope.
 */
@Component
class WardProducts {

    private static final int MAX_PAGES = 20;

    private final RegistryApi registry;

    WardProducts(RegistryApi registry) {
        this.registry = registry;
    }

    List<ProductSummary> of(String unitCode) {
        List<ProductSummary> all = new ArrayList<>();
        for (OcopStatus status : List.of(OcopStatus.RANKED, OcopStatus.EXPIRED)) {
            for (int page = 0; page < MAX_PAGES; page++) {
                PageSlice<ProductSummary> slice = registry.products(
                        new ProductFilter(null, status, null, null, null, null), page, PageSlice.MAX_SIZE);
                slice.items().stream().filter(p -> unitCode.equals(p.unitCode())).forEach(all::add);
                if (!slice.hasNext()) {
                    break;
                }
            }
        }
        all.sort(Comparator.comparing(ProductSummary::name));
        return all;
    }
}
