package ocop.criteria.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Phiếu tự đánh giá minh họa (demo self-assessments), completed by the ward officer on the producers' behalf so the
 * inspection module's candidate lists have something to show (the totals are chosen for that):
 * <ul>
 *   <li>Chôm chôm Long Khánh (certificate expired): 66 points, every 3★ mark met — 3★, ready for evaluation;</li>
 *   <li>Cà phê rang xay Bàu Trâm (certificate expired): 74 points but one 3★ mark missed — held back to 2★;</li>
 *   <li>Giỏ mây đan thủ công (3★): 64 points, 6 short of 4★;</li>
 *   <li>Du lịch vườn trái cây Long Khánh (3★): 60 points, exactly 10 short of 4★;</li>
 *   <li>Rượu vang chôm chôm (4★): 76 points, every 4★ mark met, 14 short of 5★;</li>
 *   <li>Bánh tráng phơi sương of phường Bảo Vinh (an idea): 58 points — 3★, by canbobv.</li>
 * </ul>
 * Runs after the other demo runners, only for demo products, through {@link SelfAssessmentService} as the officer of
 * the product's ward; a product that already has a self-assessment is left alone, so it is idempotent.
 */
@Component
@Order(450)
class DemoSelfAssessments implements ApplicationRunner {

    /** One demo self-assessment: product, the officer who fills it, total, the class whose marks are all met. */
    record Seed(String product, String officer, int total, int keep, boolean missThree) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("Chôm chôm Long Khánh", "canbo", 66, 3, false),
            new Seed("Cà phê rang xay Bàu Trâm", "canbo", 74, 4, true),
            new Seed("Giỏ mây đan thủ công", "canbo", 64, 3, false),
            new Seed("Du lịch vườn trái cây Long Khánh", "canbo", 60, 3, false),
            new Seed("Rượu vang chôm chôm", "canbo", 76, 4, false),
            new Seed("Bánh tráng phơi sương", "canbobv", 58, 3, false));

    private static final Logger log = LoggerFactory.getLogger(DemoSelfAssessments.class);

    private final UserAccounts accounts;
    private final RegistryApi registry;
    private final SelfAssessmentService service;
    private final SelfAssessmentRepository repository;

    DemoSelfAssessments(UserAccounts accounts, RegistryApi registry, SelfAssessmentService service,
            SelfAssessmentRepository repository) {
        this.accounts = accounts;
        this.registry = registry;
        this.service = service;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Seed seed : SEEDS) {
            if (accounts.idOf(seed.officer()).isPresent()
                    && Boolean.TRUE.equals(accounts.runAs(seed.officer(), () -> seed(seed)))) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo self-assessments loaded: {}", created);
        }
    }

    private boolean seed(Seed seed) {
        Optional<ProductView> product = demoProduct(seed.product());
        if (product.isEmpty() || repository.byProduct(product.get().id()).isPresent()) {
            return false;
        }
        var sheet = service.sheet(product.get(), Optional.empty());
        Optional<Map<String, String>> answers = DemoAnswers.of(sheet, seed.total(), seed.keep(), seed.missThree());
        if (answers.isEmpty()) {
            log.warn("Demo self-assessment of {} skipped: {} points cannot be reached on {}", seed.product(),
                    seed.total(), sheet.code());
            return false;
        }
        service.save(product.get().id(), new SelfAssessmentInput(answers.get(), Set.of(), Map.of(), null), true);
        return true;
    }

    private Optional<ProductView> demoProduct(String name) {
        return registry.products(new ProductFilter(name, null, null, null, null, null), 0, 100).items().stream()
                .filter(p -> p.demo() && p.name().equals(name)).map(ProductSummary::id).sorted().findFirst()
                .flatMap(registry::product);
    }
}
