package ocop.certification.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.UserAccounts;
import ocop.certification.domain.CertificateFacts.Regime;
import ocop.certification.domain.RevocationGround;
import ocop.certification.domain.ValidityPolicy;
import ocop.registry.OcopStatus;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Giấy chứng nhận minh họa (demo certificates), after the demo products and dossiers: one certificate per 3★+
 * recognition in the star history of the demo products canbo sees — so Cordyceps Minh Khôi (2022) is expired, those of
 * early and mid 2023 expired in 2026, the one of December 2023 is about to expire and the later ones are valid. The
 * certificate of {@value #LEGACY_DECISION} is marked as issued under QĐ 148/1489 (still valid, Điều 12.1), and
 * {@value #REVOKED_PRODUCT} is revoked (Điều 8.1.đ, {@value #REVOKED_DECISION} of 15/10/2026; the product becomes
 * REVOKED). Runs only when the demo accounts exist and no demo certificate exists yet, all or nothing.
 */
@Component
@Order(400)
class DemoCertificates implements ApplicationRunner {

    static final String LEGACY_DECISION = "0999/QĐ-UBND";
    static final String REVOKED_PRODUCT = "Tiêu đen Bảo Quang";
    static final String REVOKED_DECISION = "MH-01/QĐ-UBND";
    static final LocalDate REVOKED_ON = LocalDate.of(2026, 10, 15);

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

    private final UserAccounts accounts;
    private final AccessApi access;
    private final RegistryApi registry;
    private final CertificateRepository repository;
    private final Revocations revocations;
    private final ValidityPolicy validity;
    private final TransactionTemplate tx;

    DemoCertificates(UserAccounts accounts, AccessApi access, RegistryApi registry, CertificateRepository repository,
                     Revocations revocations, ValidityPolicy validity, TransactionTemplate tx) {
        this.accounts = accounts;
        this.access = access;
        this.registry = registry;
        this.repository = repository;
        this.revocations = revocations;
        this.validity = validity;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.idOf("canbo").isEmpty() || repository.countBySource("DEMO") > 0) {
            return;
        }
        Integer created = accounts.runAs("canbo", () -> tx.execute(s -> load()));
        log.info("Demo certificates loaded: {}", created);
    }

    private static final ocop.access.UnitScope ALL =
            new ocop.access.UnitScope(ocop.access.UnitScope.Kind.ALL, null, null, null, null);

    private int load() {
        List<ProductView> products = new ArrayList<>();
        for (ProductSummary p : registry.products(ProductFilter.none(), 0, 100).items()) {
            if (p.demo()) {
                registry.product(p.id()).ifPresent(products::add);
            }
        }
        int created = 0;
        for (ProductView p : products) {
            if (!repository.byProduct(p.id(), ALL).isEmpty()) {
                continue; // already certified through its dossier (the demo pipeline)
            }
            String unitName = access.unit(p.unitCode()).map(u -> u.name()).orElse(null);
            String province = access.unit(p.unitCode()).map(u -> u.provinceCode()).orElse("75");
            for (ProductView.StarRecord r : p.starHistory()) {
                if (r.stars() < 3 || r.decisionDate() == null) {
                    continue;
                }
                Regime regime = LEGACY_DECISION.equals(r.decisionNo()) ? Regime.LEGACY_148_1489 : Regime.DECREE_26;
                var id = repository.insertRecorded(new RecordedCertificate("GCN-MH/" + r.decisionNo(), p.id(),
                        p.producerId(), p.unitCode(), province, r.stars(), r.score(), r.level().name(),
                        r.decisionNo(), r.decisionDate(), r.decisionDate(), regime, "DEMO", "canbo", p.name(),
                        p.producerName(), unitName), validity);
                if (id.isEmpty()) {
                    continue;
                }
                created++;
                if (REVOKED_PRODUCT.equals(p.name())) {
                    revocations.revokeAsData(id.get(), RevocationGround.DD, r.stars(), REVOKED_DECISION, REVOKED_ON);
                    if (p.status() != OcopStatus.REVOKED) {
                        registry.changeStatus(p.id(), OcopStatus.REVOKED);
                    }
                }
            }
        }
        return created;
    }
}
