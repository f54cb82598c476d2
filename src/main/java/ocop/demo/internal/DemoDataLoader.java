package ocop.demo.internal;

import java.util.List;
import ocop.access.AccessApi;
import ocop.access.Neighbourhood;
import ocop.access.Role;
import ocop.access.UserAccounts;
import ocop.access.UserAccounts.NewAccount;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerView;
import ocop.registry.ProductInput;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.registry.StarRecordInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once (all or nothing) after the administrative units, through the modules' own APIs so
 * the demo records pass the same rules and appear in the audit trail; then prints the demo accounts.
 */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoSwitch demoSwitch;
    private final AccessApi access;
    private final UserAccounts accounts;
    private final RegistryApi registry;
    private final TransactionTemplate tx;

    DemoDataLoader(DemoSwitch demoSwitch, AccessApi access, UserAccounts accounts, RegistryApi registry,
                   TransactionTemplate tx) {
        this.demoSwitch = demoSwitch;
        this.access = access;
        this.accounts = accounts;
        this.registry = registry;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoSwitch.enabled()) {
            return;
        }
        if (accounts.idOf("canbo").isEmpty()) {
            if (access.unit(DemoAccounts.WARD).isEmpty()) {
                log.warn("Demo data not loaded: administrative unit {} is missing", DemoAccounts.WARD);
                return;
            }
            tx.executeWithoutResult(status -> load());
            log.info("Demo data loaded for phường Long Khánh");
        }
        printAccounts();
    }

    private void load() {
        List<Neighbourhood> neighbourhoods = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> access.addNeighbourhood(DemoAccounts.WARD, "Khu phố " + i, true)).toList();
        DemoAccounts.STAFF.forEach(a -> accounts.create(new NewAccount(a.username(), DemoAccounts.PASSWORD,
                a.fullName(), a.role(), a.unitCode(), null, null, true)));
        accounts.create(new NewAccount("khupho1", DemoAccounts.PASSWORD, "Bùi Văn Phố (minh họa)",
                Role.NEIGHBOURHOOD_HEAD, DemoAccounts.WARD, neighbourhoods.get(0).id(), null, true));
        accounts.runAs("canbo", () -> {
            for (DemoCatalogue.DemoProducer p : DemoCatalogue.LONG_KHANH) {
                ProducerView producer = createWithProducts(p, neighbourhoods);
                if (p.login() != null) {
                    accounts.create(new NewAccount(p.login(), DemoAccounts.PASSWORD, p.representative(),
                            Role.PRODUCER, DemoAccounts.WARD, null, producer.id(), true));
                }
            }
            return null;
        });
        accounts.runAs("canbobv", () -> createWithProducts(DemoCatalogue.BAO_VINH, List.of()));
    }

    private ProducerView createWithProducts(DemoCatalogue.DemoProducer p, List<Neighbourhood> neighbourhoods) {
        Long neighbourhood = p.neighbourhood() > 0 ? neighbourhoods.get(p.neighbourhood() - 1).id() : null;
        ProducerView producer = registry.createProducer(new ProducerInput(p.type(), p.name(), p.taxCode(),
                p.registrationNo(), p.personalId(), p.representative(), p.title(), p.gender(), "Kinh", null,
                p.street(), neighbourhood, p.phone(), null, p.founded(), p.workforce(), p.local(), p.women(), 0,
                p.youth(), null, null), true);
        for (DemoCatalogue.DemoProduct d : p.products()) {
            OcopStatus initial = d.recognition() == null ? d.status() : OcopStatus.IN_PROGRAMME;
            ProductView product = registry.createProduct(new ProductInput(producer.id(), d.name(),
                    d.classificationCode(), null, d.description(), d.rawMaterials(), d.origin(), initial, null), true);
            if (d.recognition() != null) {
                var r = d.recognition();
                registry.recordRecognition(product.id(), new StarRecordInput(r.stars(), r.scoreValue(),
                        r.decisionNo(), r.decisionDate(), r.level(), "Quyết định của UBND tỉnh Đồng Nai (minh họa)"));
                if (d.status() != OcopStatus.RANKED) {
                    registry.changeStatus(product.id(), d.status());
                }
            }
        }
        return producer;
    }

    private void printAccounts() {
        StringBuilder out = new StringBuilder("\n=== OCOP Manager — tài khoản minh họa (mật khẩu: demo) ===\n");
        DemoAccounts.STAFF.forEach(a -> out.append(String.format("  %-9s %s%n", a.username(), a.note())));
        out.append(String.format("  %-9s %s%n", "khupho1", "trưởng khu phố 1"));
        out.append(String.format("  %-9s %s%n", "hoangduy", "chủ thể: Hộ kinh doanh Giò chả truyền thống"));
        out.append(String.format("  %-9s %s%n", "minhduc", "chủ thể: Hộ kinh doanh Minh Đức"));
        log.info(out.toString());
    }
}
