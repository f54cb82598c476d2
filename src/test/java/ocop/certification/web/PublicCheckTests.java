package ocop.certification.web;

import ocop.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import ocop.certification.CertificateFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The status in the API and pages, and the public check: no sign-in, no private field, a QR that decodes. */
@OcopIntegrationTest
class PublicCheckTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void apiShowsStatusAndTheQrDecodesToThePublicPage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        // valid until today + 150 days: inside the re-evaluation window
        long id = CertificateFixtures.certificate(jdbc, events, accounts, "Giò chả", 4,
                today.plusDays(150).minusMonths(36));
        TestHttp canbo = TestHttp.as(port, "canbo", "demo");
        JsonNode c = json.readTree(canbo.get("/api/v1/certificates/" + id).getBody());
        assertThat(c.get("status").asString()).isEqualTo("RENEWAL_WINDOW");
        assertThat(c.get("number").asString()).startsWith("GCN-T");
        assertThat(c.get("validUntil").asString()).isNotBlank();
        String verifyUrl = c.get("verifyUrl").asString();
        assertThat(verifyUrl).startsWith("http://localhost:8080/public/certificates/");

        JsonNode filtered = json.readTree(canbo.get("/api/v1/certificates?status=RENEWAL_WINDOW&expiringBefore="
                + today.plusDays(200)).getBody());
        assertThat(filtered.findValues("id").stream().map(JsonNode::asLong)).contains(id);
        JsonNode none = json.readTree(canbo.get("/api/v1/certificates?status=EXPIRED").getBody());
        assertThat(none.findValues("id").stream().map(JsonNode::asLong)).doesNotContain(id);

        RestClient raw = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("canbo", "demo")).build();
        byte[] png = raw.get().uri("/api/v1/certificates/" + id + "/qr.png").retrieve().body(byte[].class);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(verifyUrl);
        assertThat(raw.get().uri("/api/v1/certificates/" + id + "/qr.svg").retrieve().body(String.class))
                .startsWith("<svg");
        PageSession page = PageSession.signIn(port, "canbo");
        assertThat(page.get("/certificates/" + id + "/labels").getBody()).contains("qr.svg");
        assertThat(page.get("/certificates?status=RENEWAL_WINDOW").getBody()).contains("Trong thời hạn đánh giá lại");
        assertThat(page.get("/certificates/" + id).getBody()).contains(verifyUrl);
    }

    @Test
    void thePublicPageNeedsNoSignInAndShowsNoPrivateField() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = CertificateFixtures.certificate(jdbc, events, accounts, "Giò chả", 3, today.minusMonths(6));
        String token = jdbc.sql("SELECT public_token FROM certification.certificate WHERE id = :id").param("id", id)
                .query(String.class).single();
        assertThat(token).hasSizeBetween(16, 32);
        TestHttp anonymous = TestHttp.anonymous(port);
        String html = RestClient.create("http://localhost:" + port).get().uri("/public/certificates/" + token)
                .accept(MediaType.TEXT_HTML).retrieve().body(String.class);
        assertThat(html).contains("Còn hiệu lực").contains("Giò chả").contains("3 sao");
        var producer = jdbc.sql("""
                SELECT pr.* FROM registry.producer pr JOIN registry.product p ON p.producer_id = pr.id
                JOIN certification.certificate c ON c.product_id = p.id WHERE c.id = :id""").param("id", id)
                .query().singleRow();
        for (String col : new String[] {"phone", "representative_name", "email", "address", "tax_code",
                "id_number"}) {
            Object v = producer.get(col);
            if (v != null && !v.toString().isBlank()) {
                assertThat(html).as(col).doesNotContain(v.toString());
            }
        }
        JsonNode data = json.readTree(anonymous.get("/api/v1/public/certificates/" + token).getBody());
        assertThat(data.get("status").asString()).isEqualTo("VALID");
        assertThat(data.has("producerId")).isFalse();
        assertThat(data.has("phone")).isFalse();
        assertThat(anonymous.get("/public/certificates/nope-not-a-token").getStatusCode().value()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/certificates/" + id).getStatusCode().value()).isIn(401, 403);
    }

    @Test
    void theRateLimitAnswersInVietnamese() {
        PublicRateLimit limit = new PublicRateLimit(3, Clock.systemUTC());
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isFalse();
        assertThat(limit.allow("10.0.0.2")).isTrue();
        assertThat(PublicRateLimit.MESSAGE).contains("thử lại");
    }
}
