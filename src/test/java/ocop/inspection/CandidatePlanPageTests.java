package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form "Đưa vào kế hoạch kiểm tra" on /candidates as a browser posts it: ticks and the form for the ward officer
 * (the new plan offered for this quarter), the post going on to the plan's page, an error shown on the page with the
 * ticks and what was typed kept, and neither ticks nor form for the ward leader, who is refused if it posts anyway.
 */
@OcopIntegrationTest
class CandidatePlanPageTests {

    @LocalServerPort
    int port;

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void theOfficerTicksRowsAndTheFormGoesOnToTheNewPlan() {
        LocalDate today = LocalDate.now(clock);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        long cordyceps = productId(CandidateListsDemoTests.CORDYCEPS);
        PageSession canbo = PageSession.signIn(port, "canbo");

        String page = canbo.get("/candidates/at-risk").getBody();
        assertThat(page).contains("Đưa vào kế hoạch kiểm tra", "form=\"seed-form\"",
                "value=\"Kiểm tra sản phẩm có nguy cơ – Quý " + quarter + "/" + today.getYear() + "\"");
        assertThat(checkbox(page, cordyceps)).isNotNull().doesNotContain("checked");

        String title = "Kiểm tra sản phẩm có nguy cơ – trang thử " + UUID.randomUUID();
        ResponseEntity<String> posted = canbo.post("/candidates/at-risk/plan", form(List.of(cordyceps), "new",
                String.valueOf(today.getYear()), String.valueOf(quarter), title, ""));
        assertThat(posted.getStatusCode().value()).as(posted.getBody()).isEqualTo(302);
        String location = PageSession.location(posted);
        assertThat(location).matches("/inspections/plans/\\d+");
        long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        PlanView plan = accounts.runAs("canbo", () -> api.plan(planId));
        assertThat(plan.title()).isEqualTo(title);
        assertThat(plan.items()).extracting(PlanView.Item::productId).containsExactly(cordyceps);

        assertThat(canbo.get("/candidates/upgrade").getBody()).as("the draft is offered on the next visit")
                .contains("Thêm vào kế hoạch đang dự thảo", title + " (quý " + quarter + "/" + today.getYear());
    }

    @Test
    void anErrorIsShownOnThePageWithTheTicksAndWhatWasTypedKept() {
        LocalDate today = LocalDate.now(clock);
        long cordyceps = productId(CandidateListsDemoTests.CORDYCEPS);
        long chomChom = productId(CandidateListsDemoTests.CHOM_CHOM);
        PageSession canbo = PageSession.signIn(port, "canbo");
        canbo.get("/candidates/at-risk");

        ResponseEntity<String> blankTitle = canbo.post("/candidates/at-risk/plan", form(List.of(cordyceps, chomChom),
                "new", "2027", "", "  ", "15/01/2027"));
        assertThat(blankTitle.getStatusCode().value()).isEqualTo(400);
        String page = blankTitle.getBody();
        assertThat(page).contains("Nhập tên kế hoạch.", "id=\"error-summary\"", "id=\"seed-alert\"",
                "Danh sách rà soát");
        assertThat(checkbox(page, cordyceps)).contains("checked");
        assertThat(checkbox(page, chomChom)).contains("checked");
        assertThat(page).contains("name=\"year\"", "value=\"2027\"", "value=\"15/01/2027\"");
        assertThat(page).containsPattern("<option value=\"\"[^>]*selected[^>]*>Cả năm</option>");

        ResponseEntity<String> nothing = canbo.post("/candidates/at-risk/plan", form(List.of(), "new",
                String.valueOf(today.getYear()), "", "Kế hoạch thử " + UUID.randomUUID(), ""));
        assertThat(nothing.getStatusCode().value()).isEqualTo(400);
        assertThat(nothing.getBody()).contains("Chọn ít nhất một sản phẩm trong danh sách.");

        ResponseEntity<String> badDay = canbo.post("/candidates/at-risk/plan", form(List.of(chomChom), "new",
                String.valueOf(today.getYear()), "", "Kế hoạch thử " + UUID.randomUUID(), "31/02/2026"));
        assertThat(badDay.getStatusCode().value()).isEqualTo(400);
        assertThat(badDay.getBody()).contains("Ngày không đúng, nhập theo dạng ngày/tháng/năm (dd/MM/yyyy).",
                "value=\"31/02/2026\"");
        assertThat(checkbox(badDay.getBody(), chomChom)).contains("checked");
    }

    @Test
    void theLeaderSeesNeitherTicksNorFormAndIsRefusedIfItPostsAnyway() {
        long cordyceps = productId(CandidateListsDemoTests.CORDYCEPS);
        PageSession lanhdao = PageSession.signIn(port, "lanhdao");
        String page = lanhdao.get("/candidates/at-risk").getBody();
        assertThat(page).contains(CandidateListsDemoTests.CORDYCEPS).doesNotContain("name=\"productIds\"",
                "seed-form");
        ResponseEntity<String> refused = lanhdao.post("/candidates/at-risk/plan", form(List.of(cordyceps), "new",
                "2026", "4", "Kế hoạch thử " + UUID.randomUUID(), ""));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }

    private static MultiValueMap<String, Object> form(List<Long> products, String target, String year, String quarter,
            String title, String plannedOn) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>(PageSession.form("target", target,
                "year", year, "quarter", quarter, "title", title, "plannedOn", plannedOn));
        products.forEach(p -> form.add("productIds", String.valueOf(p)));
        return form;
    }

    /** The tick of a product's row, or null when the page has none. */
    private static String checkbox(String page, long productId) {
        var m = Pattern.compile("<input[^>]*name=\"productIds\"[^>]*value=\"" + productId + "\"[^>]*>").matcher(page);
        return m.find() ? m.group() : null;
    }

    private long productId(String name) {
        for (JsonNode row : JsonMapper.builder().build().readTree(TestHttp.as(port, "canbo", "demo")
                .get("/api/v1/candidates/at-risk").getBody())) {
            if (name.equals(row.get("productName").asString())) {
                return row.get("productId").asLong();
            }
        }
        throw new AssertionError("no at-risk row for " + name);
    }
}
