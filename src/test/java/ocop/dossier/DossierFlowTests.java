package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A first dossier over HTTP from draft to recognition, as the people of phường Long Khánh would move it: the producer
 * (hoangduy) submits, the officer (canbo) returns it with a reason per item, the producer supplements, the officer
 * assesses, the leader (lanhdao) issues the report, the officer sends it, the province (tinh) records the result.
 */
@OcopIntegrationTest
class DossierFlowTests {

    private static final AtomicInteger N = new AtomicInteger();

    @LocalServerPort
    int port;

    private DossierHttp hoangduy;
    private DossierHttp canbo;
    private long producer;

    @BeforeEach
    void accounts() {
        hoangduy = new DossierHttp(port, "hoangduy");
        canbo = new DossierHttp(port, "canbo");
        producer = DossierHttp.producerId(port, "gio cha truyen thong");
    }

    @Test
    void aFirstDossierGoesFromDraftToRecognition() {
        long product = DossierHttp.newProduct(port, producer, "Chả lụa Luồng " + N.incrementAndGet());
        long id = hoangduy.newDossier(product);

        var incomplete = hoangduy.post("/api/v1/dossiers/" + id + "/submit", Map.of("version", hoangduy.version(id)));
        assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(incomplete)).isTrue();
        assertThat(DossierHttp.texts(DossierHttp.json(incomplete).get("errors"), "field"))
                .contains("E01", "E05", "p1.productSpec", "samples.count");

        hoangduy.complete(id);
        JsonNode submitted = hoangduy.act(id, "submit", Map.of("version", hoangduy.version(id)));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        String number = submitted.get("registrationNo").asString();
        assertThat(number).matches("\\d{2}-\\d{2}/PĐK-75-26080-\\d{4}");
        assertThat(submitted.get("receivedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(submitted.get("workingDaysLeft").asInt()).isBetween(14, 15);
        assertThat(titles(canbo)).anyMatch(t -> t.startsWith("Hồ sơ mới cần tiếp nhận"));

        var notYours = hoangduy.post("/api/v1/dossiers/" + id + "/start-assessment", Map.of());
        assertThat(notYours.getStatusCode().value()).isEqualTo(403);

        JsonNode returned = canbo.act(id, "return", Map.of("version", canbo.version(id), "reasons", List.of(
                Map.of("item", "E05", "reason", "Danh sách lao động chưa có xác nhận của chủ thể."),
                Map.of("item", "p2.market", "reason", "Ghi rõ các đại lý và sản lượng bán."))));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        JsonNode view = hoangduy.ok(hoangduy.get("/api/v1/dossiers/" + id));
        assertThat(DossierHttp.texts(view.get("returnReasons"), "item")).containsExactly("E05", "p2.market");
        assertThat(titles(hoangduy)).anyMatch(t -> t.startsWith("Hồ sơ cần bổ sung"));

        hoangduy.ok(hoangduy.upload(id, "E05", "ds-lao-dong-co-xac-nhan.pdf", DossierHttp.pdf("lao dong 2")));
        hoangduy.ok(hoangduy.put("/api/v1/dossiers/" + id + "/forms",
                Map.of("fields", Map.of("p2.market", "Chợ Long Khánh, 12 đại lý, 300 kg/tháng"))));
        JsonNode resubmitted = hoangduy.act(id, "resubmit", Map.of("version", hoangduy.version(id)));
        assertThat(resubmitted.get("status").asString()).isEqualTo("RESUBMITTED");
        assertThat(resubmitted.get("registrationNo").asString()).isEqualTo(number);

        JsonNode diff = canbo.ok(canbo.get("/api/v1/dossiers/" + id + "/diff"));
        assertThat(diff.get("from").asInt()).isEqualTo(1);
        assertThat(diff.get("to").asInt()).isEqualTo(2);
        assertThat(DossierHttp.texts(diff.get("fields"), "code")).containsExactly("p2.market");
        assertThat(DossierHttp.texts(diff.get("added"), "itemCode")).containsExactly("E05");

        canbo.act(id, "start-assessment", Map.of());
        assertThat(titles(new DossierHttp(port, "lanhdao"))).anyMatch(t -> t.startsWith("Hồ sơ đang đánh giá tại phường"));
        assertThat(canbo.post("/api/v1/dossiers/" + id + "/issue-report", Map.of()).getStatusCode().value()).isEqualTo(403);
        new DossierHttp(port, "lanhdao").act(id, "issue-report", Map.of());
        JsonNode sent = canbo.act(id, "send-to-province", Map.of());
        assertThat(sent.get("status").asString()).isEqualTo("SENT_TO_PROVINCE");
        assertThat(titles(new DossierHttp(port, "tinh"))).anyMatch(t -> t.startsWith("Hồ sơ phường gửi đánh giá"));
        assertThat(hoangduy.post("/api/v1/dossiers/" + id + "/withdraw", Map.of()).getStatusCode().value()).isEqualTo(409);

        DossierHttp tinh = new DossierHttp(port, "tinh");
        JsonNode recognised = tinh.ok(tinh.post("/api/v1/dossiers/" + id + "/result", Map.of("score", 72.5, "stars", 4,
                "decisionNo", "99/QĐ-UBND", "decisionDate", LocalDate.now().toString(), "certificateNo", "GCN-99")));
        assertThat(recognised.get("status").asString()).isEqualTo("RECOGNISED");
        JsonNode registry = tinh.ok(tinh.get("/api/v1/products/" + product));
        assertThat(registry.get("currentStars").asInt()).isEqualTo(4);
        assertThat(registry.get("status").asString()).isEqualTo("RANKED");
        assertThat(registry.get("starHistory").get(0).get("decisionNo").asString()).isEqualTo("99/QĐ-UBND");
        assertThat(hoangduy.ok(hoangduy.get("/api/v1/products/" + product + "/cycle")).get("cycle").get("step").asString())
                .isEqualTo("PROMOTION");
        assertThat(titles(hoangduy)).anyMatch(t -> t.startsWith("Kết quả đánh giá"));
    }

    @Test
    void ninetyPointsGoToTheMinistryAndFiveStarsComeBack() {
        long id = sentToProvince();
        DossierHttp tinh = new DossierHttp(port, "tinh");
        JsonNode proposed = tinh.ok(tinh.post("/api/v1/dossiers/" + id + "/result", Map.of("score", 91, "stars", 4)));
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED_TO_MINISTRY");
        var tooFew = tinh.post("/api/v1/dossiers/" + id + "/result", Map.of("score", 91, "stars", 5));
        assertThat(tooFew.getStatusCode().value()).isEqualTo(400);
        JsonNode five = tinh.ok(tinh.post("/api/v1/dossiers/" + id + "/result", Map.of("score", 92, "stars", 5,
                "decisionNo", "1234/QĐ-BNNMT", "decisionDate", LocalDate.now().toString())));
        assertThat(five.get("status").asString()).isEqualTo("RECOGNISED");
    }

    /** A withdrawn dossier gives its round back: the producer opens a new one for the same year and round. */
    @Test
    void aWithdrawnDossierDoesNotHoldItsRound() {
        long product = DossierHttp.newProduct(port, producer, "Chả lụa Rút " + N.incrementAndGet());
        long first = hoangduy.newDossier(product);
        JsonNode withdrawn = hoangduy.act(first, "withdraw", Map.of("note", "Chuẩn bị lại hồ sơ"));
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");

        JsonNode again = hoangduy.ok(hoangduy.post("/api/v1/dossiers", Map.of("productId", product, "kind", "FIRST")));
        assertThat(again.get("id").asLong()).isNotEqualTo(first);
        assertThat(again.get("year").asInt()).isEqualTo(withdrawn.get("year").asInt());
        assertThat(again.get("round").asInt()).isEqualTo(withdrawn.get("round").asInt());

        var twice = hoangduy.post("/api/v1/dossiers", Map.of("productId", product, "kind", "FIRST"));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void underFiftyPointsOrARefusalIsNotRecognised() {
        long id = sentToProvince();
        DossierHttp tinh = new DossierHttp(port, "tinh");
        JsonNode refused = tinh.ok(tinh.post("/api/v1/dossiers/" + id + "/result", Map.of("score", 48)));
        assertThat(refused.get("status").asString()).isEqualTo("NOT_RECOGNISED");
        assertThat(tinh.post("/api/v1/dossiers/" + id + "/result", Map.of("refused", true)).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void theRecordActionsAreNotMovesOfTheirOwn() {
        long id = sentToProvince();
        var direct = new DossierHttp(port, "tinh").post("/api/v1/dossiers/" + id + "/record-recognised", Map.of());
        assertThat(direct.getStatusCode().value()).isEqualTo(400);
        assertThat(new DossierHttp(port, "tinh").post("/api/v1/dossiers/" + id + "/fly-away", Map.of())
                .getStatusCode().value()).isEqualTo(404);
    }

    private long sentToProvince() {
        long product = DossierHttp.newProduct(port, producer, "Giò thủ Luồng " + N.incrementAndGet());
        long id = hoangduy.newDossier(product);
        hoangduy.complete(id);
        hoangduy.act(id, "submit", Map.of());
        canbo.act(id, "start-assessment", Map.of());
        new DossierHttp(port, "lanhdao").act(id, "issue-report", Map.of());
        canbo.act(id, "send-to-province", Map.of());
        return id;
    }

    private static List<String> titles(DossierHttp who) {
        return DossierHttp.texts(who.ok(who.get("/api/v1/notifications?limit=200")), "title");
    }
}
