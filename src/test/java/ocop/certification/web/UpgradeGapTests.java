package ocop.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import ocop.PageSession;
import ocop.certification.CertificateFixtures;
import ocop.criteria.CriteriaApi;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetOption;
import ocop.criteria.domain.SheetIndex;
import ocop.registry.Gender;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerType;
import ocop.registry.ProductInput;
import ocop.registry.ProductView;
import ocop.registry.RecognitionLevel;
import ocop.registry.RegistryApi;
import ocop.registry.StarRecordInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Khoảng cách lên hạng on a certificate (page and {@code GET /api/v1/certificates/{id}/renewal}) and on the UPGRADE
 * dossier opened from it, computed by the criteria engine from the product's latest self-assessment: said plainly
 * with a link when there is none, none at 5★, the points, requirements and upgrades that reach the next class.
 * Each test uses a producer and a honey product of its own (sheet of I.2.b), ranked and certified.
 */
@OcopIntegrationTest
class UpgradeGapTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RegistryApi registry;

    @Autowired
    CriteriaApi criteria;

    @Autowired
    Clock clock;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void withoutASelfAssessmentThePageSaysSoAndLinksToItAndFiveStarsHaveNoNextClass() throws Exception {
        ProductView product = rankedProduct(3);
        long id = certificate(product, 3);
        JsonNode gap = renewal(id).get("upgradeGap");
        assertThat(gap.get("kind").asString()).isEqualTo("NO_SELF_ASSESSMENT");
        assertThat(gap.get("currentStars").asInt()).isEqualTo(3);
        assertThat(gap.get("targetStars").asInt()).isEqualTo(4);
        String page = PageSession.signIn(port, "canbo").get("/certificates/" + id).getBody();
        assertThat(page).contains("Khoảng cách lên hạng").contains("id=\"upgrade-gap-none\"")
                .contains("chưa có phiếu tự")
                .contains("href=\"/products/" + product.id() + "/self-assessment\"");

        ProductView top = rankedProduct(5);
        long five = certificate(top, 5);
        assertThat(renewal(five).get("upgradeGap").get("kind").asString()).isEqualTo("TOP_CLASS");
        assertThat(PageSession.signIn(port, "canbo").get("/certificates/" + five).getBody())
                .contains("id=\"upgrade-gap-top\"").contains("không có hạng tiếp theo");
    }

    @Test
    void theGapComesFromTheLatestSelfAssessmentOnTheCertificateAndTheUpgradeDossier() throws Exception {
        ProductView product = rankedProduct(3);
        long id = certificate(product, 3);
        CriteriaSheet sheet = criteria.sheetFor(product.classificationVersion(), product.classificationCode(),
                LocalDate.now(clock)).orElseThrow();
        Map<String, String> lowest = options(sheet, false);
        int lowTotal = save(product.id(), lowest);
        assertThat(lowTotal).isLessThan(70);

        JsonNode gap = renewal(id).get("upgradeGap");
        assertThat(gap.get("kind").asString()).isEqualTo("MISSING");
        assertThat(gap.get("targetStars").asInt()).isEqualTo(4);
        assertThat(gap.get("threshold").asInt()).isEqualTo(70);
        assertThat(gap.get("total").asInt()).isEqualTo(lowTotal);
        assertThat(gap.get("pointsNeeded").asInt()).isEqualTo(70 - lowTotal);
        assertThat(gap.get("assessment").get("sheetCode").asString()).isEqualTo(sheet.code());
        assertThat(gap.get("assessment").get("completed").asBoolean()).isTrue();
        gap.get("unmetRequirements").forEach(r -> assertThat(r.get("requiredFor").asInt()).isLessThanOrEqualTo(4));
        // the engine's upgrades, applied to the self-assessment, reach 4★
        Map<String, String> after = new HashMap<>(lowest);
        assertThat(gap.get("upgrades")).isNotEmpty();
        gap.get("upgrades").forEach(u -> after.put(u.get("item").asString(), u.get("toOption").asString()));
        assertThat(criteria.evaluate(sheet.code(), sheet.version(), after, Set.of()).stars())
                .isGreaterThanOrEqualTo(4);

        String page = PageSession.signIn(port, "canbo").get("/certificates/" + id).getBody();
        assertThat(page).contains("data-kind=\"MISSING\"").contains("Còn thiếu")
                .contains("id=\"upgrade-gap-score\">70,00<")
                .contains("<strong>" + (70 - lowTotal) + " điểm</strong>");
        gap.get("upgrades").forEach(u -> assertThat(page).contains("<strong>" + u.get("item").asString()
                + "</strong>"));

        // the upgrade dossier opened from the certificate shows the same gap
        var opened = TestHttp.as(port, "canbo", "demo").post("/api/v1/certificates/" + id + "/upgrade", "{}");
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        long dossier = json.readTree(opened.getBody()).get("id").asLong();
        PageSession canbo = PageSession.signIn(port, "canbo");
        assertThat(canbo.get("/dossiers/" + dossier).getBody()).contains("Khoảng cách lên hạng")
                .contains("id=\"upgrade-gap-score\">62,50<")
                .contains("data-kind=\"MISSING\"").contains("<strong>" + (70 - lowTotal) + " điểm</strong>");

        // a self-assessment at the top reaches the next class: nothing is missing
        save(product.id(), options(sheet, true));
        assertThat(renewal(id).get("upgradeGap").get("kind").asString()).isEqualTo("REACHED");
        assertThat(canbo.get("/dossiers/" + dossier).getBody()).contains("id=\"upgrade-gap-reached\"");
        assertThat(canbo.get("/certificates/" + id).getBody()).contains("id=\"upgrade-gap-reached\"");
    }

    @Test
    void aFirstDossierShowsNoGapAndAnotherWardSeesNothing() throws Exception {
        ProductView product = rankedProduct(3);
        long id = certificate(product, 3);
        assertThat(TestHttp.as(port, "canbobv", "demo").get("/api/v1/certificates/" + id + "/renewal")
                .getStatusCode().value()).isEqualTo(404);
        long first = jdbc.sql("SELECT id FROM dossier.dossier WHERE kind = 'FIRST' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        assertThat(PageSession.signIn(port, "canbo").get("/dossiers/" + first).getBody())
                .doesNotContain("Khoảng cách lên hạng");
    }

    /** A producer of ward 26080 with a honey product of its own, recognised with {@code stars} in the registry. */
    private ProductView rankedProduct(int stars) {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String name = "Mật ong thử nâng hạng " + n;
        LocalDate decided = LocalDate.now(clock).minusMonths(6);
        return accounts.runAs("canbo", () -> {
            long producer = registry.createProducer(new ProducerInput(ProducerType.TRANG_TRAI,
                    "Trang trại ong thử nâng hạng " + n + " (minh họa)", null, null, "075080" + n, "Lê Văn Ong",
                    "Chủ trang trại", Gender.MALE, "Kinh", "Ấp Thử", "Ấp Thử", null, null, null, null, 3, 3, 1, 0,
                    false, null, null), true).id();
            long productId = registry.createProduct(new ProductInput(producer, name, "I.2.b", null,
                    "Mật ong hoa cà phê.", "Mật ong", "Đàn ong tại trang trại", OcopStatus.IN_PROGRAMME, null),
                    true).id();
            return registry.recordRecognition(productId, new StarRecordInput(stars, new BigDecimal("62.50"),
                    "88/QĐ-UBND", decided, stars == 5 ? RecognitionLevel.MINISTRY : RecognitionLevel.PROVINCE, null));
        });
    }

    private long certificate(ProductView product, int stars) {
        return CertificateFixtures.certificate(jdbc, events, accounts, product.name(), stars,
                LocalDate.now(clock).minusMonths(6));
    }

    private JsonNode renewal(long id) throws Exception {
        var response = TestHttp.as(port, "canbo", "demo").get("/api/v1/certificates/" + id + "/renewal");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    /** Saves a completed self-assessment as the ward officer; returns its total. */
    private int save(long productId, Map<String, String> answers) throws Exception {
        var saved = TestHttp.as(port, "canbo", "demo").put("/api/v1/products/" + productId + "/self-assessment",
                json.writeValueAsString(Map.of("answers", answers, "declared", java.util.List.of(),
                        "status", "COMPLETED")));
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        return json.readTree(saved.getBody()).get("evaluation").get("total").asInt();
    }

    /** The option with the most (or fewest) points of every scorable item of the sheet. */
    private static Map<String, String> options(CriteriaSheet sheet, boolean best) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (SheetIndex.Item item : SheetIndex.of(sheet).items()) {
            SheetOption pick = item.criterion().options().get(0);
            for (SheetOption o : item.criterion().options()) {
                pick = best ? (o.points() > pick.points() ? o : pick) : (o.points() < pick.points() ? o : pick);
            }
            answers.put(item.code(), pick.code());
        }
        return answers;
    }
}
