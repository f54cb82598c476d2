package ocop.inspection.web;

import static ocop.inspection.web.InspectionHttp.BASE;
import static ocop.inspection.web.InspectionHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A whole inspection through HTTP as the ward runs it: a plan approved by the leader, the visit on the inspector's day,
 * a draft resent after a dropped connection, a photo from the phone, a finding with a corrective action, "corrective
 * action required", a follow-up closing the action, and "criteria maintained".
 */
@OcopIntegrationTest
class InspectionApiFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void planApproveVisitDraftPhotoFindingActionSubmitFollowUpClose() {
        LocalDate today = LocalDate.now(clock);
        InspectionHttp canbo = new InspectionHttp(port, "canbo");
        InspectionHttp lanhdao = new InspectionHttp(port, "lanhdao");
        long honey = jdbc.sql("SELECT id FROM registry.product WHERE name LIKE 'Mật ong hoa cà phê%' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        long canboId = jdbc.sql("SELECT id FROM access.app_user WHERE username = 'canbo'").query(Long.class).single();

        ResponseEntity<String> created = canbo.post(BASE + "/plans", """
                {"year": %d, "title": "Kế hoạch kiểm tra qua API %s"}""".formatted(today.getYear(), UUID.randomUUID()));
        JsonNode plan = json(created, 201);
        long planId = plan.get("id").asLong();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(TestHttp.header(created, "Location")).endsWith(BASE + "/plans/" + planId);
        assertThat(json(canbo.get(BASE + "/plans/" + planId), 200).get("title").asString())
                .isEqualTo(plan.get("title").asString());

        ResponseEntity<String> added = canbo.post(BASE + "/plans/" + planId + "/items", """
                {"productId": %d, "plannedOn": "%s", "inspectors": [{"userId": %d, "name": "Lê Thị Cán"}]}"""
                .formatted(honey, today, canboId));
        long itemId = json(added, 201).get("id").asLong();
        assertThat(TestHttp.header(added, "Location")).endsWith(BASE + "/plans/" + planId + "/items/" + itemId);
        assertThat(json(canbo.get(BASE + "/plans/" + planId + "/items/" + itemId), 200).get("productId").asLong())
                .isEqualTo(honey);

        int planVersion = json(canbo.get(BASE + "/plans/" + planId), 200).get("version").asInt();
        assertThat(canbo.post(BASE + "/plans/" + planId + "/approve", "{\"version\": " + planVersion + "}")
                .getStatusCode().value()).isEqualTo(403);
        JsonNode approved = json(lanhdao.post(BASE + "/plans/" + planId + "/approve",
                "{\"version\": " + planVersion + "}"), 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo("lanhdao");

        JsonNode day = json(canbo.get(BASE + "/today?day=" + today), 200);
        assertThat(day.get("planned").valueStream().map(i -> i.get("id").asLong())).contains(itemId);

        ResponseEntity<String> started = canbo.post(BASE + "/visits", "{\"planItemId\": " + itemId + "}");
        JsonNode visit = json(started, 201);
        long visitId = visit.get("id").asLong();
        assertThat(TestHttp.header(started, "Location")).endsWith(BASE + "/visits/" + visitId);
        assertThat(visit.get("status").asString()).isEqualTo("DRAFT");
        assertThat(InspectionHttp.itemCodes(visit)).contains("LOGO.2", "SX.1");

        // the phone saves, the connection drops, the phone resends the same save (even with other answers): no change
        String draftId = "api-flow-" + UUID.randomUUID();
        JsonNode saved = json(canbo.put(BASE + "/visits/" + visitId + "/draft",
                InspectionHttp.draft(visit, draftId, 1, "LOGO.2")), 200);
        assertThat(saved.get("clientDraftVersion").asInt()).isEqualTo(1);
        assertThat(InspectionHttp.answer(saved, "LOGO.2")).isEqualTo("NOT_MEETS");
        JsonNode resent = json(canbo.put(BASE + "/visits/" + visitId + "/draft",
                InspectionHttp.draft(visit, draftId, 1)), 200);
        assertThat(resent.get("version").asInt()).isEqualTo(saved.get("version").asInt());
        assertThat(InspectionHttp.answer(resent, "LOGO.2")).isEqualTo("NOT_MEETS");
        assertThat(saveCount(visitId)).isEqualTo(1);

        byte[] png = InspectionHttp.png();
        ResponseEntity<String> uploaded = canbo.upload(visitId, "bao-bi.png", png, Map.of("itemCode", "LOGO.2",
                "latitude", "10.937512", "longitude", "107.243876", "accuracy", "12.5",
                "takenAt", today + "T09:30:00+07:00"));
        JsonNode photo = json(uploaded, 201);
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");
        assertThat(photo.get("latitude").decimalValue()).isEqualByComparingTo("10.937512");
        assertThat(photo.get("accuracyMetres").decimalValue()).isEqualByComparingTo("12.5");
        String photoPath = BASE + "/visits/" + visitId + "/photos/" + photo.get("id").asLong();
        assertThat(TestHttp.header(uploaded, "Location")).endsWith(photoPath);
        ResponseEntity<byte[]> back = canbo.bytes(photoPath);
        assertThat(back.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(back.getBody()).isEqualTo(png);
        ResponseEntity<String> notAnImage = canbo.upload(visitId, "bao-bi.png",
                "không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertThat(notAnImage.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(notAnImage)).isTrue();
        assertThat(InspectionHttp.errorFields(notAnImage)).containsExactly("file");

        ResponseEntity<String> found = canbo.post(BASE + "/visits/" + visitId + "/findings", """
                {"itemCode": "LOGO.2", "text": "Bao bì tồn kho còn in biểu trưng OCOP cũ.", "severity": "MAJOR"}""");
        long findingId = json(found, 201).get("id").asLong();
        assertThat(TestHttp.header(found, "Location")).endsWith(BASE + "/visits/" + visitId + "/findings/" + findingId);
        ResponseEntity<String> actionCreated = canbo.post(BASE + "/findings/" + findingId + "/actions", """
                {"description": "Dán đè bao bì còn tồn.", "owner": "Chủ hộ", "deadline": "%s"}"""
                .formatted(today.plusDays(30)));
        JsonNode action = json(actionCreated, 201);
        long actionId = action.get("id").asLong();
        assertThat(TestHttp.header(actionCreated, "Location")).endsWith(BASE + "/actions/" + actionId);
        assertThat(action.get("status").asString()).isEqualTo("OPEN");

        JsonNode submitted = json(canbo.post(BASE + "/visits/" + visitId + "/submit", """
                {"outcome": "CORRECTIVE_ACTION_REQUIRED", "conclusion": "Khắc phục trong 30 ngày."}"""), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("outcome").asString()).isEqualTo("CORRECTIVE_ACTION_REQUIRED");
        assertThat(submitted.get("proposalDocumentId").isNull()).isTrue();
        assertThat(json(canbo.get(BASE + "/actions"), 200).valueStream().map(a -> a.get("id").asLong()))
                .contains(actionId);

        ResponseEntity<String> followed = canbo.post(BASE + "/visits/" + visitId + "/follow-ups", "{}");
        JsonNode followUp = json(followed, 201);
        long followUpId = followUp.get("id").asLong();
        assertThat(followUp.get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.get("rootVisitId").asLong()).isEqualTo(visitId);
        assertThat(TestHttp.header(followed, "Location")).endsWith(BASE + "/visits/" + followUpId);

        JsonNode closed = json(canbo.post(BASE + "/actions/" + actionId + "/close", """
                {"followUpVisitId": %d, "note": "Bao bì tồn đã dán đè.", "version": %d}"""
                .formatted(followUpId, action.get("version").asInt())), 200);
        assertThat(closed.get("status").asString()).isEqualTo("DONE");
        assertThat(closed.get("closedVisitId").asLong()).isEqualTo(followUpId);
        assertThat(json(canbo.get(BASE + "/actions"), 200).valueStream().map(a -> a.get("id").asLong()))
                .doesNotContain(actionId);

        JsonNode followSaved = json(canbo.put(BASE + "/visits/" + followUpId + "/draft",
                InspectionHttp.draft(followUp, "api-flow-2-" + UUID.randomUUID(), 1)), 200);
        JsonNode maintained = json(canbo.post(BASE + "/visits/" + followUpId + "/submit",
                "{\"outcome\": \"CRITERIA_MAINTAINED\", \"version\": " + followSaved.get("version").asInt() + "}"), 200);
        assertThat(maintained.get("outcome").asString()).isEqualTo("CRITERIA_MAINTAINED");

        assertThat(json(lanhdao.get(BASE + "/visits?product=" + honey), 200).valueStream()
                .map(v -> v.get("id").asLong())).contains(visitId, followUpId);
    }

    @Test
    void theApiIsDocumentedInVietnamese() {
        String docs = TestHttp.anonymous(port).get("/v3/api-docs").getBody();
        assertThat(docs).contains("\"/api/v1/inspections/plans/{id}/approve\"", "\"/api/v1/inspections/requests\"",
                "\"/api/v1/inspections/visits/{id}/draft\"", "\"/api/v1/inspections/visits/{id}/photos\"",
                "\"/api/v1/inspections/visits/{id}/revocation-proposal\"", "\"/api/v1/inspections/actions/{id}/close\"",
                "\"/api/v1/inspections/today\"", "multipart/form-data", "Kiểm tra, giám sát: kế hoạch",
                "Đề nghị kiểm tra đột xuất");
    }

    private int saveCount(long visitId) {
        return jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE entity_type = 'inspection_visit' "
                        + "AND entity_id = :id AND action = 'UPDATE'").param("id", Long.toString(visitId)).query(Integer.class).single();
    }
}
