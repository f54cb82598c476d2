package ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Giấy chứng nhận minh họa: after start-up Cordyceps is expired, Tiêu đen revoked, one 148-era still valid. */
@OcopIntegrationTest
class DemoCertificatesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void demoCertificatesShowTheirStatusPublicly() throws Exception {
        assertThat(publicStatus("Nấm Đông trùng Hạ thảo Cordyceps%")).isEqualTo("EXPIRED");
        assertThat(publicStatus("Tiêu đen Bảo Quang")).isEqualTo("REVOKED");
        String legacy = jdbc.sql("SELECT public_token FROM certification.certificate WHERE source = 'DEMO' "
                + "AND regime = 'LEGACY_148_1489'").query(String.class).single();
        JsonNode c = json.readTree(TestHttp.anonymous(port).get("/api/v1/public/certificates/" + legacy).getBody());
        assertThat(c.get("inForce").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM certification.certificate WHERE source = 'DEMO'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(8);
    }

    private String publicStatus(String productName) throws Exception {
        String token = jdbc.sql("""
                SELECT c.public_token FROM certification.certificate c JOIN registry.product p ON p.id = c.product_id
                WHERE c.source = 'DEMO' AND p.name LIKE :n""").param("n", productName).query(String.class).single();
        var response = TestHttp.anonymous(port).get("/api/v1/public/certificates/" + token);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return json.readTree(response.getBody()).get("status").asString();
    }
}
