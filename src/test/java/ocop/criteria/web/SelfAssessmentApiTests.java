package ocop.criteria.web;

import static ocop.criteria.web.CriteriaHttp.badRequestFields;
import static ocop.criteria.web.CriteriaHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * GET/PUT /api/v1/products/{id}/self-assessment over real HTTP, on the demo product "Giò chả" (hoangduy's, I.3.d, so
 * sheet QD26-08): drafts saved and reopened, completion, who may read and write.
 */
@OcopIntegrationTest
class SelfAssessmentApiTests {

    @LocalServerPort
    int port;

    private TestHttp hoangduy;
    private long gioCha;
    private String path;

    @BeforeEach
    void product() {
        hoangduy = TestHttp.as(port, "hoangduy", "demo");
        gioCha = CriteriaHttp.productId(hoangduy, "Giò chả");
        path = "/api/v1/products/" + gioCha + "/self-assessment";
    }

    @Test
    void theProducerSavesADraftAndReopensIt() {
        JsonNode opened = json(hoangduy.get(path));
        assertThat(opened.get("sheet").asString()).isEqualTo("QD26-08");
        assertThat(opened.get("mayWrite").asBoolean()).isTrue();
        assertThat(opened.get("evaluation").has("nextStar")).isTrue();

        var saved = hoangduy.put(path, """
                {"answers": {"1.1": "c", "1.2": "b", "1.3": "a"}, "declared": [],
                 "notes": {"1.1": "Thịt heo mua tại các trại trong phường (hóa đơn kèm theo)."},
                 "version": %d}""".formatted(opened.get("version").asInt()));
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        JsonNode draft = json(saved);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("id").isNull()).isFalse();
        assertThat(draft.get("evaluation").get("total").asInt()).isEqualTo(3 + 1 + 1);
        assertThat(draft.get("evaluation").get("incomplete").size()).isEqualTo(29);

        JsonNode reopened = json(hoangduy.get(path));
        assertThat(reopened.get("answers").get("1.1").asString()).isEqualTo("c");
        assertThat(reopened.get("answers").get("1.3").asString()).isEqualTo("a");
        assertThat(reopened.get("notes").get("1.1").asString()).startsWith("Thịt heo mua");
        assertThat(reopened.get("sheetVersion").asInt()).isEqualTo(1);
        assertThat(reopened.get("updatedBy").asString()).isEqualTo("hoangduy");

        var stale = hoangduy.put(path, "{\"answers\": {\"1.1\": \"a\"}, \"version\": "
                + (reopened.get("version").asInt() - 1) + "}");
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void completingNeedsEveryItemAndGivesTheStars() {
        var incomplete = hoangduy.put(path, "{\"answers\": {\"1.1\": \"c\"}, \"status\": \"COMPLETED\"}");
        assertThat(badRequestFields(incomplete)).containsExactly("answers");
        Map<String, String> best = new HashMap<>(TestSheets.best(TestSheets.bundled("QD26-08")));
        String body = CriteriaHttp.JSON.writeValueAsString(Map.of("answers", best, "status", "COMPLETED",
                "declared", List.of()));
        JsonNode done = json(hoangduy.put(path, body));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("evaluation").get("total").asInt()).isEqualTo(100);
        assertThat(done.get("evaluation").get("stars").asInt()).isEqualTo(5);
        assertThat(done.get("completedAt").isNull()).isFalse();
        var draftAgain = hoangduy.put(path, "{\"answers\": {\"1.1\": \"c\"}}");
        assertThat(json(draftAgain).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void badAnswersAre400NamingTheItem() {
        assertThat(badRequestFields(hoangduy.put(path, "{\"answers\": {\"1.1\": \"z\"}}"))).containsExactly("answers.1.1");
        assertThat(badRequestFields(hoangduy.put(path, "{\"answers\": {\"9.9\": \"a\"}}"))).containsExactly("answers.9.9");
        assertThat(badRequestFields(hoangduy.put(path, "{\"declared\": [\"D9\"]}"))).containsExactly("declared.D9");
        assertThat(badRequestFields(hoangduy.put(path, "{\"notes\": {\"9.9\": \"x\"}}"))).containsExactly("notes.9.9");
        assertThat(badRequestFields(hoangduy.put(path, "{\"status\": \"DONE\"}"))).containsExactly("status");
    }

    @Test
    void otherProducersAndOtherWardsGet404() {
        for (String user : List.of("minhduc", "canbobv")) {
            TestHttp other = TestHttp.as(port, user, "demo");
            var read = other.get(path);
            assertThat(read.getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(TestHttp.isProblem(read)).isTrue();
            assertThat(other.put(path, "{\"answers\": {}}").getStatusCode().value()).as(user).isEqualTo(404);
        }
    }

    @Test
    void theWardOfficerFillsItOnBehalfWhileTheLeaderOnlyReads() {
        TestHttp lanhdao = TestHttp.as(port, "lanhdao", "demo");
        JsonNode read = json(lanhdao.get(path));
        assertThat(read.get("mayWrite").asBoolean()).isFalse();
        assertThat(lanhdao.put(path, "{\"answers\": {\"1.1\": \"b\"}}").getStatusCode().value()).isEqualTo(403);

        TestHttp canbo = TestHttp.as(port, "canbo", "demo");
        var saved = canbo.put(path, "{\"answers\": {\"1.1\": \"b\"}}");
        assertThat(saved.getStatusCode().value()).isEqualTo(200);
        assertThat(json(saved).get("updatedBy").asString()).isEqualTo("canbo");
        assertThat(json(saved).get("mayWrite").asBoolean()).isTrue();
    }
}
