package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import ocop.certification.CertificateFixtures;
import ocop.registry.OcopStatus;
import ocop.registry.ProductInput;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end, over HTTP: the administrator runs the certificate lifecycle job; a certificate past its 36 months is
 * handled as expired, certification publishes CertificateExpired, and the ward's inspection requests show an ad-hoc
 * check of the product — once, however often the job runs — from which the officer starts a visit.
 */
@OcopIntegrationTest
class CertificateExpiryInspectionTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RegistryApi registry;

    @Autowired
    Clock clock;

    @Test
    void theExpiryJobRaisesOneAdHocInspectionVisibleInTheWardsRequests() {
        LocalDate today = LocalDate.now(clock);
        String name = "Bánh tráng Hết hạn " + UUID.randomUUID().toString().substring(0, 8);
        long producer = jdbc.sql("SELECT producer_id FROM access.app_user WHERE username = 'hoangduy'")
                .query(Long.class).single();
        long product = accounts.runAs("canbo", () -> registry.createProduct(new ProductInput(producer, name, "V.1",
                null, "Sản phẩm có giấy chứng nhận đã quá 36 tháng.", "Gạo", "Trong phường",
                OcopStatus.IN_PROGRAMME, null), false).id());
        long certificate = CertificateFixtures.certificate(jdbc, events, accounts, name, 3,
                today.minusMonths(36).minusDays(10));
        TestHttp admin = TestHttp.as(port, "admin", "demo");
        TestHttp canbo = TestHttp.as(port, "canbo", "demo");
        assertThat(waitingFor(canbo, certificate)).isNull();

        ResponseEntity<String> run = admin.post("/api/v1/certificates/lifecycle/run?date=" + today, null);
        assertThat(run.getStatusCode().value()).as(run.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(run.getBody()).get("expired").asInt()).isPositive();
        assertThat(admin.post("/api/v1/certificates/lifecycle/run?date=" + today, null).getStatusCode().value())
                .isEqualTo(200);

        JsonNode request = waitingFor(canbo, certificate);
        assertThat(request).as("ad-hoc request of certificate " + certificate).isNotNull();
        assertThat(request.get("reason").asString()).isEqualTo("EXPIRED_CERTIFICATE");
        assertThat(request.get("productId").asLong()).isEqualTo(product);
        assertThat(request.get("productName").asString()).isEqualTo(name);
        assertThat(request.get("raisedBy").isNull()).isTrue();
        assertThat(JSON.readTree(canbo.get("/api/v1/inspections/requests").getBody()).valueStream()
                .filter(r -> Long.toString(certificate).equals(r.get("sourceRef").asString()))).hasSize(1);
        assertThat(waitingFor(TestHttp.as(port, "canbobv", "demo"), certificate)).isNull();
        assertThat(accounts.runAs("canbo", () -> registry.product(product).orElseThrow().status()))
                .isEqualTo(OcopStatus.EXPIRED);

        ResponseEntity<String> visit = canbo.post("/api/v1/inspections/visits",
                "{\"adHocRequestId\": " + request.get("id").asLong() + "}");
        assertThat(visit.getStatusCode().value()).as(visit.getBody()).isEqualTo(201);
        assertThat(JSON.readTree(visit.getBody()).get("reason").asString()).isEqualTo("EXPIRED_CERTIFICATE");
        assertThat(waitingFor(canbo, certificate)).isNull();
    }

    /** The waiting ad-hoc request raised for the certificate, as the account sees the list, or null. */
    private static JsonNode waitingFor(TestHttp who, long certificate) {
        ResponseEntity<String> r = who.get("/api/v1/inspections/requests");
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        return JSON.readTree(r.getBody()).valueStream()
                .filter(n -> "EXPIRED_CERTIFICATE".equals(n.get("reason").asString())
                        && Long.toString(certificate).equals(n.get("sourceRef").asString()))
                .findFirst().orElse(null);
    }
}
