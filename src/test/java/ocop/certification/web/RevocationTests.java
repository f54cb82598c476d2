package ocop.certification.web;

import ocop.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.AuditTrail;
import ocop.access.UserAccounts;
import ocop.certification.CertificateFixtures;
import ocop.registry.OcopStatus;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Thu hồi giấy chứng nhận (Điều 8) through the API: validation, roles, scope, the product and the audit trail. */
@OcopIntegrationTest
class RevocationTests {

    static final String PRODUCT = "Sầu riêng Ri6";

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
    AuditTrail audit;

    @Autowired
    Clock clock;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void refusesBadInputOtherRolesAndOtherWards() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = CertificateFixtures.certificate(jdbc, events, accounts, PRODUCT, 4, today.minusMonths(10));
        TestHttp canbo = TestHttp.as(port, "canbo", "demo");
        var bad = canbo.post("/api/v1/certificates/" + id + "/revocation",
                "{\"ground\":\"z\",\"authority\":\"MINISTRY\",\"decisionDate\":\"" + today.plusDays(1) + "\"}");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(bad)).isTrue();
        assertThat(json.readTree(bad.getBody()).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("ground", "authority", "decisionNo", "decisionDate");
        String ok = "{\"ground\":\"đ\",\"authority\":\"PROVINCE\",\"decisionNo\":\"T-01/QĐ-UBND\",\"decisionDate\":\""
                + today + "\"}";
        assertThat(TestHttp.as(port, "hoangduy", "demo").post("/api/v1/certificates/" + id + "/revocation", ok)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(TestHttp.as(port, "canbobv", "demo").post("/api/v1/certificates/" + id + "/revocation", ok)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(canbo.get("/api/v1/certificates/" + id).getBody()).get("status").asString())
                .isNotEqualTo("REVOKED");
        assertThat(ocop.PageSession.signIn(port, "canbo").get("/certificates/" + id).getBody())
                .contains("revocation-form", "Chủ thể không còn sản xuất sản phẩm");

        long five = CertificateFixtures.certificate(jdbc, events, accounts, PRODUCT, 5, today.minusMonths(10));
        var wrongAuthority = canbo.post("/api/v1/certificates/" + five + "/revocation", ok);
        assertThat(wrongAuthority.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongAuthority.getBody()).contains("authority");
    }

    @Test
    void revokesFromTheDecisionDateMarksTheProductAndAudits() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = CertificateFixtures.certificate(jdbc, events, accounts, PRODUCT, 4, today.minusMonths(8));
        long productId = jdbc.sql("SELECT product_id FROM certification.certificate WHERE id = :id").param("id", id)
                .query(Long.class).single();
        OcopStatus previous = accounts.runAs("canbo", () -> registry.product(productId).orElseThrow().status());
        try {
            TestHttp canbo = TestHttp.as(port, "canbo", "demo");
            String body = "{\"ground\":\"DD\",\"authority\":\"PROVINCE\",\"decisionNo\":\"T-02/QĐ-UBND\","
                    + "\"decisionDate\":\"" + today.minusDays(3) + "\"}";
            var response = canbo.post("/api/v1/certificates/" + id + "/revocation", body);
            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
            JsonNode c = json.readTree(response.getBody());
            assertThat(c.get("status").asString()).isEqualTo("REVOKED");
            assertThat(c.get("revocation").get("ground").asString()).isEqualTo("đ");
            assertThat(c.get("revocation").get("decisionNo").asString()).isEqualTo("T-02/QĐ-UBND");
            assertThat(accounts.runAs("canbo", () -> registry.product(productId).orElseThrow().status()))
                    .isEqualTo(OcopStatus.REVOKED);
            assertThat(accounts.runAs("canbo", () -> audit.history("certificate", id))).isNotEmpty();
            assertThat(canbo.post("/api/v1/certificates/" + id + "/revocation", body).getStatusCode().value())
                    .isEqualTo(409);
            String token = jdbc.sql("SELECT public_token FROM certification.certificate WHERE id = :id")
                    .param("id", id).query(String.class).single();
            JsonNode pub = json.readTree(TestHttp.anonymous(port).get("/api/v1/public/certificates/" + token)
                    .getBody());
            assertThat(pub.get("status").asString()).isEqualTo("REVOKED");
            assertThat(ocop.PageSession.signIn(port, "canbo").get("/certificates/" + id).getBody())
                    .contains("T-02/QĐ-UBND");
        } finally {
            accounts.runAs("canbo", () -> registry.changeStatus(productId, previous));
        }
    }
}
