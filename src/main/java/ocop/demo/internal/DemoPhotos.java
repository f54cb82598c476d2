package ocop.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import ocop.access.UserAccounts;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ảnh minh họa (the demo product photo): an illustration (marked "Ảnh minh họa") of {@value #PRODUCT}, added by
 * canbo through the registry like any upload, so the product page and the public check of its certificate show a
 * photo. Runs after the demo data on every start with demo data on, and adds the photo only while the product has none.
 */
@Component
@Order(150)
class DemoPhotos implements ApplicationRunner {

    static final String PRODUCT = "Rượu vang chôm chôm";
    static final String FILE = "ruou-vang-chom-chom.png";

    private static final Logger log = LoggerFactory.getLogger(DemoPhotos.class);

    private final DemoSwitch demoSwitch;
    private final UserAccounts accounts;
    private final RegistryApi registry;

    DemoPhotos(DemoSwitch demoSwitch, UserAccounts accounts, RegistryApi registry) {
        this.demoSwitch = demoSwitch;
        this.accounts = accounts;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoSwitch.enabled() || accounts.idOf("canbo").isEmpty()) {
            return;
        }
        accounts.runAs("canbo", () -> demoProduct().filter(p -> p.photos().isEmpty()).map(p -> {
            registry.addPhoto(p.id(), FILE, image());
            log.info("Demo photo added to {}", PRODUCT);
            return p;
        }));
    }

    private Optional<ProductView> demoProduct() {
        return registry.products(new ProductFilter(PRODUCT, null, null, null, null, null), 0, 20).items().stream()
                .filter(p -> p.demo() && p.name().equals(PRODUCT)).map(ProductSummary::id).sorted().findFirst()
                .flatMap(registry::product);
    }

    static byte[] image() {
        try (InputStream in = DemoPhotos.class.getResourceAsStream("/demo/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing /demo/" + FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
