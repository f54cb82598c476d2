package ocop.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import ocop.access.UserAccounts;
import ocop.certification.CertificateFixtures;
import ocop.registry.Gender;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerType;
import ocop.registry.ProductInput;
import ocop.registry.ProductView;
import ocop.registry.RecognitionLevel;
import ocop.registry.RegistryApi;
import ocop.registry.StarRecordInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products of their own for the candidate-list tests, so the demo products the other tests count stay as they are: a
 * producer of phường Long Khánh (26080) with one 3★ product, recognised in the registry, and, when asked, a certificate
 * (issued four years ago it has been EXPIRED for a year).
 */
final class CandidateFixtures {

    private final RegistryApi registry;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CandidateFixtures(RegistryApi registry, UserAccounts accounts, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.registry = registry;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A 3★ product of ward 26080 named "{@code what} thử {n}" with its own producer, recognised on that day. */
    ProductView product(String what, LocalDate recognisedOn) {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        return accounts.runAs("canbo", () -> {
            long producer = registry.createProducer(new ProducerInput(ProducerType.TRANG_TRAI,
                    "Cơ sở " + what.toLowerCase() + " thử " + n + " (minh họa)", null, null, "075081" + n,
                    "Phạm Văn Thử", "Chủ cơ sở", Gender.MALE, "Kinh", "Ấp Thử", "Ấp Thử", null, null, null, null, 3,
                    3, 1, 0, false, null, null), true).id();
            long productId = registry.createProduct(new ProductInput(producer, what + " thử " + n, "I.2.b", null,
                    "Sản phẩm dùng cho kiểm thử danh sách rà soát.", "Nguyên liệu", "Tại địa phương",
                    OcopStatus.IN_PROGRAMME, null), true).id();
            return registry.recordRecognition(productId, new StarRecordInput(3, new BigDecimal("65.00"),
                    "77/QĐ-UBND", recognisedOn, RecognitionLevel.PROVINCE, null));
        });
    }

    /** A certificate of the product issued on that day (36 months of validity); its id. */
    long certificate(ProductView product, LocalDate issuedOn) {
        return CertificateFixtures.certificate(jdbc, events, accounts, product.name(), 3, issuedOn);
    }
}
