package ocop.assessment;

import static ocop.assessment.AssessmentHttp.json;
import static ocop.assessment.AssessmentHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A draft discarded in the documents module (hủy dự thảo) lets go of the assessment: the Mẫu 03 report, a meeting's
 * invitation and the request to the province can be drafted again, and the flow goes on to the province.
 */
@OcopIntegrationTest
class DiscardedDraftTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    AssessmentHttp http() {
        return new AssessmentHttp(port);
    }

    void discard(long documentId, String reason) {
        int version = json(http().as("canbo").get("/api/v1/documents/" + documentId)).get("version").asInt();
        ok(http().as("canbo").post("/api/v1/documents/" + documentId + "/discard",
                "{\"reason\": \"" + reason + "\", \"version\": " + version + "}"), 200);
    }

    @Test
    void aDiscardedMau03IsDraftedAnewAndTheDossierGoesOnToTheProvince() {
        AssessmentHttp http = http();
        long dossier = http.dossierInAssessment("Lan thử nghiệm hủy Mẫu 03");
        http.assessAllFour(dossier);
        String report = "/api/v1/dossiers/" + dossier + "/report";
        long first = json(ok(http.as("canbo").post(report, null), 201)).get("id").asLong();
        assertThat(json(ok(http.as("canbo").post(report, null), 201)).get("id").asLong())
                .as("a draft is revised in place").isEqualTo(first);

        discard(first, "Ghi sai kết luận nội dung 4");
        JsonNode assessment = json(http.as("canbo").get("/api/v1/dossiers/" + dossier + "/assessment"));
        assertThat(assessment.get("report").isNull()).isTrue();
        assertThat(assessment.get("editable").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE entity_type = 'ward_assessment' "
                        + "AND entity_id = :d AND after_json ->> 'note' LIKE '%Ghi sai kết luận nội dung 4'")
                .param("d", String.valueOf(dossier)).query(Integer.class).single()).isEqualTo(1);

        JsonNode second = json(ok(http.as("canbo").post(report, null), 201));
        assertThat(second.get("id").asLong()).isNotEqualTo(first);
        assertThat(second.get("status").asString()).isEqualTo("DRAFT");
        assertThat(json(http.as("canbo").get("/api/v1/dossiers/" + dossier + "/assessment")).get("report")
                .get("documentId").asLong()).isEqualTo(second.get("id").asLong());
        ok(http.as("lanhdao").post(report + "/issue", null), 200);

        // the request to the province: discarded, it is gone and the dossier goes into a new one
        JsonNode request = json(ok(http.as("canbo").post("/api/v1/province-requests",
                "{\"dossierIds\":[" + dossier + "]}"), 201));
        var twice = http.as("canbo").post("/api/v1/province-requests", "{\"dossierIds\":[" + dossier + "]}");
        assertThat(twice.getStatusCode().value()).isEqualTo(400);
        discard(request.get("documentId").asLong(), "Chờ gộp với hồ sơ khác");
        assertThat(http.as("canbo").get("/api/v1/province-requests/" + request.get("id").asLong())
                .getStatusCode().value()).isEqualTo(404);
        JsonNode again = json(ok(http.as("canbo").post("/api/v1/province-requests",
                "{\"dossierIds\":[" + dossier + "]}"), 201));
        assertThat(again.get("documentId").asLong()).isNotEqualTo(request.get("documentId").asLong());
        ok(http.as("lanhdao").post("/api/v1/documents/" + again.get("documentId").asLong() + "/issue", null), 200);
        assertThat(json(http.as("canbo").get("/api/v1/dossiers/" + dossier + "/assessment")).get("dossier")
                .get("status").asString()).isEqualTo("SENT_TO_PROVINCE");
    }

    @Test
    void aDiscardedInvitationIsDraftedAnew() {
        AssessmentHttp http = http();
        long dossier = http.dossierInAssessment("Lan thử nghiệm hủy giấy mời");
        JsonNode meeting = json(ok(http.as("canbo").post("/api/v1/meetings", """
                {"heldAt":"2026-12-03T14:00","place":"Hội trường UBND phường","chair":"Chủ tịch UBND phường",
                 "units":["Phòng Văn hóa - Xã hội"],"dossierIds":[%d]}""".formatted(dossier)), 201));
        long id = meeting.get("id").asLong();
        long gm = meeting.get("invitation").get("id").asLong();

        discard(gm, "Đổi giờ họp");
        assertThat(json(http.as("canbo").get("/api/v1/meetings/" + id)).get("invitation").isNull()).isTrue();
        JsonNode redrafted = json(ok(http.as("canbo").post("/api/v1/meetings/" + id + "/invitation", null), 200));
        assertThat(redrafted.get("id").asLong()).isNotEqualTo(gm);
        assertThat(redrafted.get("status").asString()).isEqualTo("DRAFT");
        assertThat(json(http.as("canbo").get("/api/v1/meetings/" + id)).get("invitation").get("id").asLong())
                .isEqualTo(redrafted.get("id").asLong());
    }
}
