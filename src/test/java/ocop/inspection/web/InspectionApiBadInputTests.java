package ocop.inspection.web;

import static ocop.inspection.web.InspectionHttp.BASE;
import static ocop.inspection.web.InspectionHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Bad input to the inspection API is a 400 problem+json naming the field — garbled or missing JSON, wrong types and
 * enum values, bad dates, numbers and query parameters, the module's own rules — never a 500; stale versions 409.
 */
@OcopIntegrationTest
class InspectionApiBadInputTests {

    private static long visitId;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private InspectionHttp canbo;

    @BeforeEach
    void visit() {
        canbo = new InspectionHttp(port, "canbo");
        if (visitId == 0) {
            long honey = jdbc.sql("SELECT id FROM registry.product WHERE name LIKE 'Mật ong hoa cà phê%' "
                    + "ORDER BY id LIMIT 1").query(Long.class).single();
            visitId = json(canbo.post(BASE + "/visits", "{\"productId\": " + honey
                    + ", \"reason\": \"OTHER\", \"sourceRef\": \"Kiểm tra dữ liệu sai\"}"), 201).get("id").asLong();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} naming {4}")
    @CsvSource(delimiter = '|', value = {
            // garbled, truncated, missing, not an object
            "POST | /plans | {\"year\": 2026, \"title\": | 400 | title",
            "POST | /plans | {\"year\": 20x6, \"title\": \"Kế hoạch\"} | 400 | year",
            "POST | /plans | <empty> | 400 | body",
            "POST | /plans | [1, 2] | 400 | body",
            "POST | /plans | không phải JSON | 400 | body",
            // wrong types and values
            "POST | /plans | {\"year\": \"năm nay\", \"title\": \"Kế hoạch\"} | 400 | year",
            "POST | /plans | {\"year\": 2026, \"quarter\": 5, \"title\": \"Kế hoạch\"} | 400 | quarter",
            "POST | /plans | {} | 400 | year",
            "POST | /requests | {\"productId\": 1, \"reason\": \"GOSSIP\"} | 400 | reason",
            "POST | /requests | {\"reason\": \"COMPLAINT\"} | 400 | productId",
            "POST | /visits | {\"productId\": 1, \"reason\": \"OTHER\", \"visitedOn\": \"31/12/2026\"} | 400 | visitedOn",
            "POST | /visits | {\"planItemId\": 1, \"productId\": 1} | 400 | planItemId",
            "POST | /visits/{V}/findings | {\"text\": \"Nhãn mờ\", \"severity\": \"HUGE\"} | 400 | severity",
            "POST | /visits/{V}/findings | {\"text\": \" \", \"severity\": \"MINOR\"} | 400 | text",
            "POST | /visits/{V}/findings | {\"itemCode\": \"KHONG.CO\", \"text\": \"x\", \"severity\": \"MINOR\"} | 400 | itemCode",
            "PUT | /visits/{V}/draft | {\"clientDraftId\": \"d\", \"clientVersion\": 1, \"answers\": [{\"itemCode\": \"SX.1\", \"answer\": \"YES\"}]} | 400 | answers[0].answer",
            "PUT | /visits/{V}/draft | {\"answers\": []} | 400 | clientDraftId",
            "POST | /visits/{V}/submit | {\"outcome\": \"PROPOSE_REVOCATION\", \"revocationGround\": \"Z\"} | 400 | revocationGround",
            "POST | /visits/{V}/submit | {\"outcome\": \"MAYBE\"} | 400 | outcome",
            "POST | /visits/{V}/submit | {\"outcome\": \"PROPOSE_REVOCATION\", \"conclusion\": \"Vi phạm\"} | 400 | revocationGround",
            "POST | /plans/0/approve | <empty> | 400 | version",
            "POST | /plans/0/approve | {\"version\": \"một\"} | 400 | version",
            // path and query parameters
            "GET | /plans/abc | <none> | 400 | id",
            "GET | /plans?year=hai-nghin | <none> | 400 | year",
            "GET | /today?day=hom-nay | <none> | 400 | day",
            "GET | /visits | <none> | 400 | product",
            "GET | /visits?product=x | <none> | 400 | product",
            // not there
            "GET | /plans/999999999 | <none> | 404 | -",
            "GET | /visits/999999999 | <none> | 404 | -",
            "POST | /findings/999999999/actions | {\"description\": \"x\", \"owner\": \"y\", \"deadline\": \"2030-01-01\"} | 404 | -",
            "POST | /actions/999999999/close | {\"followUpVisitId\": 1, \"note\": \"x\"} | 404 | -",
    })
    void problemNamingTheField(String method, String path, String body, int status, String field) {
        String target = BASE + path.replace("{V}", Long.toString(visitId));
        String json = "<none>".equals(body) ? null : "<empty>".equals(body) ? "" : body;
        ResponseEntity<String> r = send(HttpMethod.valueOf(method), target, json);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(status);
        assertThat(TestHttp.isProblem(r)).as("problem+json").isTrue();
        if (!"-".equals(field)) {
            assertThat(InspectionHttp.errorFields(r)).as(r.getBody()).contains(field);
        }
    }

    @Test
    void photoFieldsAreCheckedAndTheFileMustBeThere() {
        byte[] png = InspectionHttp.png();
        assertThat(InspectionHttp.errorFields(status(canbo.upload(visitId, "a.png", png,
                Map.of("latitude", "mười"))))).containsExactly("latitude");
        assertThat(InspectionHttp.errorFields(status(canbo.upload(visitId, "a.png", png,
                Map.of("latitude", "10.9"))))).containsExactly("latitude");
        assertThat(InspectionHttp.errorFields(status(canbo.upload(visitId, "a.png", png,
                Map.of("latitude", "95", "longitude", "107"))))).containsExactly("latitude");
        assertThat(InspectionHttp.errorFields(status(canbo.upload(visitId, "a.png", png,
                Map.of("takenAt", "sáng nay"))))).containsExactly("takenAt");
        assertThat(InspectionHttp.errorFields(status(canbo.upload(visitId, "a.png", png,
                Map.of("itemCode", "KHONG.CO"))))).containsExactly("itemCode");
        assertThat(InspectionHttp.errorFields(status(canbo.upload(visitId, "a.png", new byte[0], Map.of()))))
                .containsExactly("file");
        ResponseEntity<String> noFile = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("canbo", "demo")).build().post()
                .uri(BASE + "/visits/" + visitId + "/photos").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(new org.springframework.util.LinkedMultiValueMap<>(Map.of("itemCode",
                        java.util.List.of("SX.1"))))
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(InspectionHttp.errorFields(status(noFile))).containsExactly("file");
        ResponseEntity<String> asJson = canbo.post(BASE + "/visits/" + visitId + "/photos", "{}");
        assertThat(asJson.getStatusCode().value()).isEqualTo(415);
        assertThat(TestHttp.isProblem(asJson)).isTrue();
    }

    /** An inspector named by account must be an official of the plan's ward: another ward's officer is refused. */
    @Test
    void anInspectorFromAnotherWardIsRefused() {
        LocalDate today = LocalDate.now(clock);
        long planId = json(canbo.post(BASE + "/plans", "{\"year\": " + today.getYear()
                + ", \"title\": \"Kế hoạch người kiểm tra " + System.nanoTime() + "\"}"), 201).get("id").asLong();
        long honey = jdbc.sql("SELECT id FROM registry.product WHERE name LIKE 'Mật ong hoa cà phê%' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM access.app_user WHERE username = 'canbobv'").query(Long.class).single();
        long leader = jdbc.sql("SELECT id FROM access.app_user WHERE username = 'lanhdao'").query(Long.class).single();
        ResponseEntity<String> refused = canbo.post(BASE + "/plans/" + planId + "/items", """
                {"productId": %d, "plannedOn": "%s", "inspectors": [{"userId": %d, "name": "Lãnh đạo"},
                 {"userId": %d, "name": "Bảo Vinh"}]}""".formatted(honey, today, leader, other));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(InspectionHttp.errorFields(refused)).containsExactly("inspectors[1].userId");
        ResponseEntity<String> accepted = canbo.post(BASE + "/plans/" + planId + "/items", """
                {"productId": %d, "plannedOn": "%s", "inspectors": [{"userId": %d, "name": "Lãnh đạo"},
                 {"name": "Chuyên gia mời"}]}""".formatted(honey, today, leader));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(201);
    }

    @Test
    void aStaleVersionIsAConflictNamingTheVersion() {
        LocalDate today = LocalDate.now(clock);
        long planId = json(canbo.post(BASE + "/plans", "{\"year\": " + today.getYear()
                + ", \"title\": \"Kế hoạch sai phiên bản " + System.nanoTime() + "\"}"), 201).get("id").asLong();
        json(canbo.put(BASE + "/plans/" + planId, "{\"year\": " + today.getYear()
                + ", \"title\": \"Đổi tên\", \"version\": 0}"), 200);
        ResponseEntity<String> stale = canbo.put(BASE + "/plans/" + planId, "{\"year\": " + today.getYear()
                + ", \"title\": \"Đổi tên lần nữa\", \"version\": 0}");
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(TestHttp.isProblem(stale)).isTrue();
        assertThat(InspectionHttp.errorFields(stale)).containsExactly("version");
    }

    private static ResponseEntity<String> status(ResponseEntity<String> r) {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
        assertThat(TestHttp.isProblem(r)).isTrue();
        return r;
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String json) {
        if (json == null) {
            return canbo.http.exchange(method, path, null);
        }
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("canbo", "demo")).build().method(method).uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).body(json).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }
}
