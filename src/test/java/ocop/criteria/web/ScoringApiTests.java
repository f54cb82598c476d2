package ocop.criteria.web;

import static ocop.criteria.web.CriteriaHttp.badRequestFields;
import static ocop.criteria.web.CriteriaHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/scoring/evaluate and /council over real HTTP: results, and a 400 naming the field for bad input. */
@OcopIntegrationTest
class ScoringApiTests {

    @LocalServerPort
    int port;

    private TestHttp canbo;

    @BeforeEach
    void signIn() {
        canbo = TestHttp.as(port, "canbo", "demo");
    }

    @Test
    void evaluatesAFullSheetAtFiveStars() {
        Map<String, String> best = TestSheets.best(TestSheets.bundled("QD26-08"));
        String body = CriteriaHttp.JSON.writeValueAsString(Map.of("sheet", "QD26-08", "answers", best));
        var response = canbo.post("/api/v1/scoring/evaluate", body);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.get("sheet").asString()).isEqualTo("QD26-08");
        assertThat(result.get("sheetStatus").asString()).isEqualTo("OFFICIAL");
        assertThat(result.get("parts").get("A").asInt()).isEqualTo(40);
        assertThat(result.get("parts").get("B").asInt()).isEqualTo(25);
        assertThat(result.get("parts").get("C").asInt()).isEqualTo(35);
        assertThat(result.get("total").asInt()).isEqualTo(100);
        assertThat(result.get("band").asInt()).isEqualTo(5);
        assertThat(result.get("stars").asInt()).isEqualTo(5);
        assertThat(result.get("certifiable").asBoolean()).isTrue();
        assertThat(result.get("unmetRequirements").size()).isZero();
        assertThat(result.get("incomplete").size()).isZero();
        assertThat(result.get("nextStar").isNull()).isTrue();
    }

    @Test
    void aPartialSheetListsWhatIsMissingAndTheWayUp() {
        var response = canbo.post("/api/v1/scoring/evaluate",
                "{\"sheet\":\"QD26-08\",\"answers\":{\"1.1\":\"c\",\"1.2\":\"b\"},\"declared\":[]}");
        JsonNode result = json(response);
        assertThat(result.get("total").asInt()).isEqualTo(4);
        assertThat(result.get("stars").asInt()).isEqualTo(1);
        assertThat(result.get("certifiable").asBoolean()).isFalse();
        assertThat(result.get("incomplete").size()).isEqualTo(30);
        assertThat(result.get("unmetRequirements").get(0).has("item")).isTrue();
        assertThat(result.get("unmetRequirements").get(0).has("requiredFor")).isTrue();
        assertThat(result.get("unmetRequirements").get(0).has("needed")).isTrue();
        JsonNode next = result.get("nextStar");
        assertThat(next.get("stars").asInt()).isEqualTo(2);
        assertThat(next.get("pointsNeeded").asInt()).isEqualTo(26);
        JsonNode first = next.get("suggestions").get(0);
        assertThat(first.has("item") && first.has("from") && first.has("to") && first.has("pointsGained")).isTrue();
        assertThat(result.get("explanation").asString()).isNotBlank();
    }

    @Test
    void aDeclaredKnockOutStopsTheEvaluation() {
        JsonNode result = json(canbo.post("/api/v1/scoring/evaluate",
                "{\"sheet\":\"QD26-08\",\"answers\":{},\"declared\":[\"1.1-KO\"]}"));
        assertThat(result.get("stars").asInt()).isZero();
        assertThat(result.get("disqualification").get("code").asString()).isEqualTo("1.1-KO");
    }

    @Test
    void everyKindOfBadEvaluateInputIs400NamingTheField() {
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/evaluate", "{\"answers\":{}}"))).containsExactly("sheet");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/evaluate", "{\"sheet\":\"QD26-99\"}")))
                .containsExactly("sheet");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/evaluate",
                "{\"sheet\":\"QD26-08\",\"version\":99}"))).containsExactly("sheet");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/evaluate",
                "{\"sheet\":\"QD26-08\",\"answers\":{\"9.9\":\"a\"}}"))).containsExactly("answers.9.9");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/evaluate",
                "{\"sheet\":\"QD26-08\",\"answers\":{\"1.1\":\"z\"}}"))).containsExactly("answers.1.1");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/evaluate",
                "{\"sheet\":\"QD26-08\",\"declared\":[\"D9\"]}"))).containsExactly("declared.D9");
        var broken = canbo.post("/api/v1/scoring/evaluate", "{\"sheet\": ");
        assertThat(broken.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(broken)).isTrue();
        assertThat(json(canbo.post("/api/v1/scoring/evaluate", "{\"sheet\":\"QD26-99\"}")).get("detail").asString())
                .contains("QD26-99");
    }

    @Test
    void councilAveragesAndFlagsTheSpread() {
        JsonNode result = json(canbo.post("/api/v1/scoring/council", "{\"memberTotals\":[92, 80]}"));
        assertThat(result.get("average").decimalValue()).isEqualByComparingTo("86");
        assertThat(result.get("stars").asInt()).isEqualTo(4);
        assertThat(result.get("certifiable").asBoolean()).isTrue();
        assertThat(result.get("spreadExceeded").asBoolean()).isTrue();

        JsonNode wider = json(canbo.post("/api/v1/scoring/council",
                "{\"memberTotals\":[92, 80], \"maxSpread\": 15, \"sheet\": \"QD26-08\"}"));
        assertThat(wider.get("spreadExceeded").asBoolean()).isFalse();
        assertThat(wider.get("sheet").asString()).isEqualTo("QD26-08");

        JsonNode exact = json(canbo.post("/api/v1/scoring/council", "{\"memberTotals\":[70, 70, 69.99]}"));
        assertThat(exact.get("stars").asInt()).isEqualTo(3);
        JsonNode quorum = json(canbo.post("/api/v1/scoring/council",
                "{\"memberTotals\":[70, 72], \"councilSize\": 4, \"quorum\": \"3/4\"}"));
        assertThat(quorum.get("quorumMet").asBoolean()).isFalse();
    }

    @Test
    void badCouncilInputIs400NamingTheField() {
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council", "{\"memberTotals\":[]}")))
                .containsExactly("memberTotals");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council", "{}"))).containsExactly("memberTotals");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council", "{\"memberTotals\":[80, 101]}")))
                .containsExactly("memberTotals[1]");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council", "{\"memberTotals\":[-1]}")))
                .containsExactly("memberTotals[0]");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council",
                "{\"memberTotals\":[80], \"quorum\": \"ba phần tư\"}"))).containsExactly("quorum");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council",
                "{\"memberTotals\":[80], \"maxSpread\": -1}"))).containsExactly("maxSpread");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council",
                "{\"memberTotals\":[80], \"sheet\": \"QD26-99\"}"))).containsExactly("sheet");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council",
                "{\"memberTotals\":[80, 81], \"councilSize\": 1}"))).containsExactly("councilSize");
        assertThat(badRequestFields(canbo.post("/api/v1/scoring/council", "{\"memberTotals\":\"tám mươi\"}")))
                .containsExactly("memberTotals");
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        assertThat(TestHttp.anonymous(port).post("/api/v1/scoring/council", "{\"memberTotals\":[80]}")
                .getStatusCode().value()).isEqualTo(401);
    }
}
