package ocop.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import ocop.access.UserAccounts;
import ocop.dossier.RecognitionRecorded;
import ocop.registry.ProductInput;
import ocop.registry.RegistryApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Certificates for tests: a recognition of a demo product of ward 26080, published as the ward officer. */
public final class CertificateFixtures {

    private CertificateFixtures() {
    }

    /** Creates a certificate of the demo product named {@code productPrefix}% issued on {@code issuedOn}; its id. */
    public static long certificate(JdbcClient jdbc, ApplicationEventPublisher events, UserAccounts accounts,
                                   String productPrefix, int stars, LocalDate issuedOn) {
        var p = jdbc.sql("SELECT id, producer_id FROM registry.product WHERE name LIKE :n ORDER BY id LIMIT 1")
                .param("n", productPrefix + "%").query().singleRow();
        long productId = ((Number) p.get("id")).longValue();
        long producerId = ((Number) p.get("producer_id")).longValue();
        long dossier = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
        return recognised(jdbc, events, accounts, dossier, productId, producerId, stars, issuedOn);
    }

    /**
     * Creates a product of its own (unique {@code name}, classification I.3.d) of the demo producer named
     * {@code producerName}, registered by canbo, and its certificate issued on {@code issuedOn}; the certificate's id.
     * For tests that change the product (a revocation) or tell the producer's accounts without touching demo products.
     */
    public static long ownProduct(JdbcClient jdbc, ApplicationEventPublisher events, UserAccounts accounts,
                                  RegistryApi registry, String producerName, String name, int stars,
                                  LocalDate issuedOn) {
        long producerId = jdbc.sql("SELECT id FROM registry.producer WHERE name = :n").param("n", producerName)
                .query(Long.class).single();
        long productId = accounts.runAs("canbo", () -> registry.createProduct(new ProductInput(producerId, name,
                "I.3.d", null, "Sản phẩm kiểm thử", null, null, null, null), false).id());
        long dossier = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
        return recognised(jdbc, events, accounts, dossier, productId, producerId, stars, issuedOn);
    }

    /**
     * Creates the certificate of a recognition of product {@code productId} (of ward 26080) through dossier
     * {@code dossierId}, numbered "GCN-T{dossierId}", issued on {@code issuedOn}; its id.
     */
    public static long recognised(JdbcClient jdbc, ApplicationEventPublisher events, UserAccounts accounts,
                                  long dossierId, long productId, long producerId, int stars, LocalDate issuedOn) {
        RecognitionRecorded e = new RecognitionRecorded(dossierId, productId, producerId, "26080", "75",
                new BigDecimal("70.00"), stars, "99/QĐ-UBND", issuedOn, "GCN-T" + dossierId, issuedOn, "canbo");
        accounts.runAs("canbo", () -> {
            events.publishEvent(e);
            return null;
        });
        return jdbc.sql("SELECT id FROM certification.certificate WHERE dossier_id = :d").param("d", dossierId)
                .query(Long.class).single();
    }
}
