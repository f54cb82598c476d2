package ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The producer API over real HTTP on the embedded PostgreSQL, as the Bảo Vinh ward officer (demo account). */
@OcopIntegrationTest
class ProducerApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private TestHttp officer() {
        return TestHttp.as(port, "canbobv", "demo");
    }

    @Test
    void createsAProducerWithOnlyTypeNameAndLegalId() {
        var response = officer().post("/api/v1/producers",
                "{\"type\":\"DOANH_NGHIEP\",\"name\":\"Công ty Thử nghiệm Tạo mới\",\"taxCode\":\"0300588569\"}");
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.get("taxCode").asString()).isEqualTo("0300588569");
        assertThat(body.get("unitCode").asString()).isEqualTo("26098");
        assertThat(body.get("name").asString()).isEqualTo("Công ty Thử nghiệm Tạo mới");
    }

    @Test
    void refusesAnInvalidTaxCodeNamingTheField() {
        var response = officer().post("/api/v1/producers",
                "{\"type\":\"DOANH_NGHIEP\",\"name\":\"Công ty Sai Mã\",\"taxCode\":\"0100109107\"}");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(response)).isTrue();
        JsonNode error = JSON.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("taxCode");
        assertThat(error.get("message").asString()).contains("Mã số thuế không hợp lệ");
    }

    @Test
    void acceptsAValidTaxCodeAndRefusesItsDuplicateInTheSameUnit() {
        String body = "{\"type\":\"DOANH_NGHIEP\",\"name\":\"Công ty Một\",\"taxCode\":\"0100109106\"}";
        assertThat(officer().post("/api/v1/producers", body).getStatusCode().value()).isEqualTo(201);
        var duplicate = officer().post("/api/v1/producers", body.replace("Một", "Hai"));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(JSON.readTree(duplicate.getBody()).get("errors").get(0).get("field").asString())
                .isEqualTo("taxCode");
    }

    @Test
    void requiresTheLegalIdOfTheType() {
        var response = officer().post("/api/v1/producers", "{\"type\":\"HO_KINH_DOANH\",\"name\":\"Hộ Thiếu Mã\"}");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("registrationNo");
    }

    @Test
    void anUnknownTypeIsA400NamingTheField() {
        var response = officer().post("/api/v1/producers", "{\"type\":\"CONG_TY\",\"name\":\"X\"}");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(response.getBody()).get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void staleVersionIsAConflictNotALostUpdate() {
        var created = JSON.readTree(officer().post("/api/v1/producers",
                "{\"type\":\"TRANG_TRAI\",\"name\":\"Trang trại Phiên bản\",\"personalId\":\"075085001111\"}").getBody());
        long id = created.get("id").asLong();
        String update = "{\"type\":\"TRANG_TRAI\",\"name\":\"Trang trại Phiên bản 2\",\"personalId\":\"075085001111\","
                + "\"version\":%d}";
        assertThat(officer().put("/api/v1/producers/" + id, update.formatted(0)).getStatusCode().value())
                .isEqualTo(200);
        var stale = officer().put("/api/v1/producers/" + id, update.formatted(0));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(JSON.readTree(officer().get("/api/v1/producers/" + id + "/history").getBody()).size())
                .isEqualTo(2);
    }

    @Test
    void keepsQualityCertificationsWithTheirValidity() {
        long id = JSON.readTree(officer().post("/api/v1/producers",
                "{\"type\":\"HOP_TAC_XA\",\"name\":\"HTX Chứng Nhận\",\"taxCode\":\"3600123457\"}").getBody())
                .get("id").asLong();
        var added = officer().post("/api/v1/producers/" + id + "/certifications", "{\"kind\":\"VIETGAP\","
                + "\"number\":\"VG-0123\",\"issuer\":\"Trung tâm Chứng nhận\",\"validFrom\":\"2025-01-10\","
                + "\"validUntil\":\"2028-01-09\"}");
        assertThat(added.getStatusCode().value()).isEqualTo(200);
        JsonNode cert = JSON.readTree(added.getBody()).get("certifications").get(0);
        assertThat(cert.get("kind").asString()).isEqualTo("VIETGAP");
        assertThat(cert.get("validUntil").asString()).isEqualTo("2028-01-09");

        var backwards = officer().post("/api/v1/producers/" + id + "/certifications",
                "{\"kind\":\"HACCP\",\"validFrom\":\"2025-01-10\",\"validUntil\":\"2024-01-09\"}");
        assertThat(backwards.getStatusCode().value()).isEqualTo(400);
        assertThat(backwards.getBody()).contains("validUntil");

        var removed = officer().delete("/api/v1/producers/" + id + "/certifications/" + cert.get("id").asLong());
        assertThat(JSON.readTree(removed.getBody()).get("certifications").size()).isZero();
    }

    @Test
    void unauthenticatedCallsGet401ProblemJson() {
        var response = TestHttp.anonymous(port).get("/api/v1/producers");
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(TestHttp.isProblem(response)).isTrue();
    }
}
