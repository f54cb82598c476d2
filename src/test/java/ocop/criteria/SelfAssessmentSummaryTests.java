package ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CriteriaApi#latestSelfAssessment}: the public reading of a product's self-assessment, on hoangduy's "Giò chả"
 * (sheet QD26-08): a draft saved over HTTP reads back item by item with the options ticked, their points and notes,
 * the ward's items flagged, and only for users who may read the product.
 */
@OcopIntegrationTest
class SelfAssessmentSummaryTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CriteriaApi criteria;

    @Autowired
    UserAccounts accounts;

    @Test
    void aSavedDraftReadsBackWithPointsAndWardItems() {
        TestHttp hoangduy = TestHttp.as(port, "hoangduy", "demo");
        long gioCha = productId(hoangduy, "Giò chả");
        var saved = hoangduy.put("/api/v1/products/" + gioCha + "/self-assessment", """
                {"answers": {"1.1": "c", "1.2": "b", "2.1": "b", "5.3": "c"}, "declared": [],
                 "notes": {"1.1": "Thịt heo mua tại các trại trong phường (hóa đơn kèm theo)."}}""");
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);

        SelfAssessmentSummary s = accounts.runAs("hoangduy", () -> criteria.latestSelfAssessment(gioCha)).orElseThrow();
        assertThat(s.productId()).isEqualTo(gioCha);
        assertThat(s.id()).isEqualTo(JSON.readTree(saved.getBody()).get("id").asLong());
        assertThat(s.sheetCode()).isEqualTo("QD26-08");
        assertThat(s.sheetVersion()).isEqualTo(1);
        assertThat(s.status()).isEqualTo(SelfAssessmentSummary.DRAFT);
        assertThat(s.total()).isEqualTo(3 + 1 + 2 + 3);
        Map<String, SelfAssessmentSummary.Item> items = s.items().stream()
                .collect(Collectors.toMap(SelfAssessmentSummary.Item::itemCode, i -> i));
        assertThat(items).hasSize(32);

        SelfAssessmentSummary.Item raw = items.get("1.1");
        assertThat(raw.itemName()).isEqualTo("Nguồn nguyên liệu");
        assertThat(raw.wardItem()).isEqualTo(1);
        assertThat(raw.chosenOption()).isEqualTo("c");
        assertThat(raw.chosenLabel()).startsWith("Sử dụng nguyên liệu có nguồn gốc trong t");
        assertThat(raw.points()).isEqualTo(3);
        assertThat(raw.max()).isEqualTo(3);
        assertThat(raw.note()).startsWith("Thịt heo mua");

        assertThat(items.get("1.2").wardItem()).isNull();
        assertThat(items.get("1.2").points()).isEqualTo(1);
        assertThat(items.get("2.1").wardItem()).isEqualTo(3);
        assertThat(items.get("2.1").points()).isEqualTo(2);
        assertThat(items.get("5.3").wardItem()).isEqualTo(4);
        assertThat(items.get("5.3").points()).isEqualTo(3);
        assertThat(items.get("5.3").max()).isEqualTo(5);

        SelfAssessmentSummary.Item labour = items.get("3.3");
        assertThat(labour.wardItem()).isEqualTo(2);
        assertThat(labour.answered()).isFalse();
        assertThat(labour.chosenOption()).isNull();
        assertThat(labour.points()).isNull();
        assertThat(s.wardItems(2)).extracting(SelfAssessmentSummary.Item::itemCode).containsExactly("3.3");

        assertThat(accounts.runAs("canbo", () -> criteria.latestSelfAssessment(gioCha))).isPresent();
        assertThat(accounts.runAs("minhduc", () -> criteria.latestSelfAssessment(gioCha))).isEmpty();
        assertThat(accounts.runAs("canbobv", () -> criteria.latestSelfAssessment(gioCha))).isEmpty();
    }

    private static long productId(TestHttp http, String name) {
        JsonNode items = JSON.readTree(http.get("/api/v1/products?q=" + name + "&size=100").getBody()).get("items");
        for (JsonNode item : items) {
            if (item.get("name").asString().equals(name)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no product " + name);
    }
}
