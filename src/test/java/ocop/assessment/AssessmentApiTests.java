package ocop.assessment;

import static ocop.assessment.AssessmentHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The four items over HTTP: the producer's side beside the ward's, saving, validation, locking, state rules. */
@OcopIntegrationTest
class AssessmentApiTests {

    @LocalServerPort
    int port;

    AssessmentHttp http() {
        return new AssessmentHttp(port);
    }

    @Test
    void showsTheFourItemsWithTheProducersAccountAndDaysLeft() {
        long id = http().dossierInAssessment("Lan thử nghiệm bốn nội dung");
        JsonNode a = json(http().as("canbo").get("/api/v1/dossiers/" + id + "/assessment"));
        assertThat(a.get("items")).hasSize(4);
        assertThat(a.get("items").get(0).get("item").asString()).isEqualTo("RAW_MATERIALS");
        assertThat(a.get("items").get(0).get("heading").asString()).isEqualTo("Về sử dụng nguyên liệu địa phương");
        assertThat(a.get("items").get(0).get("producerDescription").asString()).contains("Vườn ươm trong phường");
        assertThat(a.get("items").get(1).get("producerDescription").asString()).contains("lao động địa phương: 7");
        assertThat(a.get("dossier").get("workingDaysLeft").asInt()).isBetween(0, 15);
        assertThat(a.get("editable").asBoolean()).isTrue();
        assertThat(a.get("conclusions")).hasSize(3);
        assertThat(a.get("complete").asBoolean()).isFalse();
    }

    @Test
    void savesTheFourItemsAndRefusesAStaleVersion() {
        long id = http().dossierInAssessment("Lan thử nghiệm lưu đánh giá");
        JsonNode saved = http().assessAllFour(id);
        assertThat(saved.get("complete").asBoolean()).isTrue();
        assertThat(saved.get("items").get(3).get("conclusionLabel").asString()).isEqualTo("Có ý kiến khác");
        assertThat(saved.get("items").get(0).get("evidenceNote").asString()).isEqualTo("Hợp đồng mua giống");
        var stale = http().as("canbo").put("/api/v1/dossiers/" + id + "/assessment",
                "{\"version\":0,\"items\":[{\"item\":\"IDEA_ORIGIN\",\"findings\":\"Ghi đè\",\"conclusion\":\"DAT\"}]}");
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(TestHttp.isProblem(stale)).isTrue();
    }

    @Test
    void anUnknownConclusionIsA400NamingTheField() {
        long id = http().dossierInAssessment("Lan thử nghiệm kết luận sai");
        var r = http().as("canbo").put("/api/v1/dossiers/" + id + "/assessment",
                "{\"items\":[{\"item\":\"LOCAL_LABOUR\",\"findings\":\"x\",\"conclusion\":\"9_DIEM\"}]}");
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(json(r).get("errors").get(0).get("field").asString()).isEqualTo("items[0].conclusion");
    }

    @Test
    void theReportNeedsAllFourItemsAndTheAssessmentStaysClosedOutsideTheAssessmentStep() {
        long id = http().dossierInAssessment("Lan thử nghiệm thiếu nội dung");
        var incomplete = http().as("canbo").post("/api/v1/dossiers/" + id + "/report", null);
        assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
        assertThat(incomplete.getBody()).contains("items[0].findings");
        long submitted = http().submittedDossier("Lan thử nghiệm chưa tiếp nhận");
        var closed = http().as("canbo").put("/api/v1/dossiers/" + submitted + "/assessment",
                "{\"items\":[{\"item\":\"LOCAL_LABOUR\",\"findings\":\"x\",\"conclusion\":\"DAT\"}]}");
        assertThat(closed.getStatusCode().value()).isEqualTo(409);
    }
}
