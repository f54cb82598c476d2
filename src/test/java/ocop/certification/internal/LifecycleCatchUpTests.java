package ocop.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.access.UserAccounts;
import ocop.certification.CertificateFixtures;
import ocop.registry.OcopStatus;
import ocop.registry.ProductInput;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A server that was off when the daily jobs should have run catches up when it starts: a certificate that expired in
 * the meantime is handled (product marked, the inspection request raised) once, however often the server starts.
 */
@OcopIntegrationTest
class LifecycleCatchUpTests {

    @Autowired LifecycleCatchUp catchUp;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired UserAccounts accounts;
    @Autowired RegistryApi registry;
    @Autowired Clock clock;

    @Test
    void aStartAfterDowntimeHandlesTheExpiryOnce() {
        LocalDate today = LocalDate.now(clock);
        String name = "Bánh pía Bù việc " + UUID.randomUUID().toString().substring(0, 8);
        long producer = jdbc.sql("SELECT producer_id FROM access.app_user WHERE username = 'hoangduy'")
                .query(Long.class).single();
        long product = accounts.runAs("canbo", () -> registry.createProduct(new ProductInput(producer, name, "V.1",
                null, "Giấy chứng nhận hết hạn khi máy chủ tắt.", "Bột mì", "Trong phường",
                OcopStatus.IN_PROGRAMME, null), false).id());
        long certificate = CertificateFixtures.certificate(jdbc, events, accounts, name, 3,
                today.minusMonths(36).minusDays(3));

        int[] first = catchUp.catchUp();
        int[] second = catchUp.catchUp();

        assertThat(first[0]).isPositive();
        assertThat(second[0]).isZero();
        assertThat(accounts.runAs("canbo", () -> registry.product(product).orElseThrow().status()))
                .isEqualTo(OcopStatus.EXPIRED);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM inspection.adhoc_request
                WHERE reason = 'EXPIRED_CERTIFICATE' AND source_ref = :c""")
                .param("c", Long.toString(certificate)).query(Integer.class).single()).isEqualTo(1);
    }
}
