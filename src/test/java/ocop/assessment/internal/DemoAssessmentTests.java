package ocop.assessment.internal;

import static ocop.assessment.AssessmentHttp.json;
import static ocop.assessment.AssessmentHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.access.UserAccounts;
import ocop.assessment.AssessmentHttp;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerType;
import ocop.registry.ProductInput;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The demo assessment: once a demo product's dossier waits at the ward, the runner carries it to an issued Mẫu 03 and
 * a 3★ recognition with its certificate, once. At start-up the dossier demo leaves "Lan hồ điệp Xuân An" there, so the
 * runner has already carried it through when the tests start.
 */
@OcopIntegrationTest
class DemoAssessmentTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoAssessment demo;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RegistryApi registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStartUpDemoCarriedLanHoDiepToThreeStars() {
        AssessmentHttp http = new AssessmentHttp(port);
        JsonNode lan = null;
        for (JsonNode d : json(http.as("canbo").get("/api/v1/dossiers"))) {
            if (d.get("productName").asString().equals("Lan hồ điệp Xuân An")) {
                lan = d;
            }
        }
        assertThat(lan).as("the demo dossier of Lan hồ điệp Xuân An").isNotNull();
        assertThat(lan.get("kind").asString()).isEqualTo("FIRST");
        assertThat(lan.get("status").asString()).isEqualTo("RECOGNISED");
        JsonNode a = json(http.as("canbo").get("/api/v1/dossiers/" + lan.get("id").asLong() + "/assessment"));
        assertThat(a.get("report").get("status").asString()).isEqualTo("ISSUED");
        JsonNode certificates = json(http.as("canbo").get("/api/v1/certificates?product=" + lan.get("productId").asLong()));
        assertThat(certificates).hasSize(1);
        assertThat(certificates.get(0).get("stars").asInt()).isEqualTo(3);
    }

    @Test
    void carriesADemoDossierToThreeStarsOnce() {
        jdbc.sql("DELETE FROM assessment.run_once WHERE name = :n").param("n", DemoAssessment.RUN).update();
        long product = accounts.runAs("canbo", () -> {
            long producer = registry.createProducer(new ProducerInput(ProducerType.TRANG_TRAI,
                    "Trang trại Mai kiểng Suối Chồn (minh họa)", null, null, "075080246813", "Châu Văn Chồn", "Chủ trang trại",
                    ocop.registry.Gender.MALE, "Kinh", "Ấp Suối Chồn", "Ấp Suối Chồn", null, null, null, null, 6, 6, 2,
                    0, false, null, null), true).id();
            return registry.createProduct(new ProductInput(producer, "Mai vàng kiểng Suối Chồn", "V.1", null,
                    "Mai vàng ghép, uốn thế theo kinh nghiệm của nhà vườn.", "Gốc mai", "Vườn ươm tại phường",
                    OcopStatus.IN_PROGRAMME, null), true).id();
        });
        AssessmentHttp http = new AssessmentHttp(port);
        long dossier = http.submittedDossier("Mai vàng kiểng Suối Chồn", product);
        ok(http.as("canbo").post("/api/v1/dossiers/" + dossier + "/start-assessment", "{}"), 200);

        demo.run(null);

        JsonNode a = json(http.as("canbo").get("/api/v1/dossiers/" + dossier + "/assessment"));
        assertThat(a.get("dossier").get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(a.get("report").get("status").asString()).isEqualTo("ISSUED");
        JsonNode certificates = json(http.as("canbo").get("/api/v1/certificates?product=" + product));
        assertThat(certificates).hasSize(1);
        assertThat(certificates.get(0).get("stars").asInt()).isEqualTo(3);
        assertThat(certificates.get(0).get("demo").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM assessment.opinion WHERE dossier_id = :d").param("d", dossier)
                .query(Integer.class).single()).isEqualTo(1);

        demo.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM assessment.run_once WHERE name = :n").param("n", DemoAssessment.RUN)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
