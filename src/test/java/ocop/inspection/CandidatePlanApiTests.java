package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.AuditTrail;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/candidates/{kind}/plan over real HTTP: rows of a list seed a new plan, then the same plan again (what
 * it already has is skipped and named), bad input as problem+json naming the field, a plan no longer a draft (409) or
 * outside the scope (404), nothing written when a check fails, and who may seed (the ward officer and the province
 * officer; the leader, the ward's units, producers and others 403).
 */
@OcopIntegrationTest
class CandidatePlanApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void rowsSeedANewPlanAndSeedingTheSamePlanAgainSkipsWhatItHas() {
        LocalDate today = LocalDate.now(clock);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        long cordyceps = productId("canbo", "at-risk", CandidateListsDemoTests.CORDYCEPS);
        long chomChom = productId("canbo", "at-risk", CandidateListsDemoTests.CHOM_CHOM);
        String title = "Kiểm tra sản phẩm có nguy cơ – thử " + UUID.randomUUID();

        ResponseEntity<String> created = seed("canbo", "at-risk", Map.of("productIds", List.of(cordyceps),
                "newPlan", Map.of("year", today.getYear(), "quarter", quarter, "title", title)));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.getBody());
        long planId = body.get("planId").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/inspections/plans/" + planId);
        assertThat(body.get("planCreated").asBoolean()).isTrue();
        assertThat(body.get("planTitle").asString()).isEqualTo(title);
        assertThat(body.get("added")).hasSize(1);
        assertThat(body.get("added").get(0).get("productId").asLong()).isEqualTo(cordyceps);
        assertThat(body.get("added").get(0).get("plannedOn").asString()).isEqualTo(today.toString());
        assertThat(body.get("skipped")).isEmpty();

        PlanView plan = accounts.runAs("canbo", () -> api.plan(planId));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.unitCode()).isEqualTo("26080");
        assertThat(plan.year()).isEqualTo(today.getYear());
        assertThat(plan.quarter()).isEqualTo(quarter);
        assertThat(plan.items()).singleElement().satisfies(item -> {
            assertThat(item.productId()).isEqualTo(cordyceps);
            assertThat(item.plannedOn()).isEqualTo(today);
            assertThat(item.inspectors()).extracting(Inspector::userId).containsExactly(accounts.idOf("canbo").get());
            assertThat(item.note()).startsWith("Từ danh sách rà soát “Cần chú ý”: "
                    + "Giấy chứng nhận đã hết hiệu lực, sản phẩm có thể vẫn dùng nhãn OCOP");
        });

        LocalDate lastDay = LocalDate.of(today.getYear(), quarter * 3, 1).plusMonths(1).minusDays(1);
        ResponseEntity<String> again = seed("canbo", "at-risk", Map.of("productIds", List.of(chomChom, cordyceps),
                "planId", planId, "plannedOn", lastDay.toString()));
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(201);
        JsonNode second = JSON.readTree(again.getBody());
        assertThat(second.get("planId").asLong()).isEqualTo(planId);
        assertThat(second.get("planCreated").asBoolean()).isFalse();
        assertThat(second.get("added")).hasSize(1);
        assertThat(second.get("added").get(0).get("productId").asLong()).isEqualTo(chomChom);
        assertThat(second.get("added").get(0).get("plannedOn").asString()).isEqualTo(lastDay.toString());
        assertThat(second.get("skipped")).hasSize(1);
        assertThat(second.get("skipped").get(0).get("productId").asLong()).isEqualTo(cordyceps);
        assertThat(second.get("skipped").get(0).get("productName").asString())
                .isEqualTo(CandidateListsDemoTests.CORDYCEPS);
        assertThat(second.get("skipped").get(0).get("reason").asString()).isEqualTo("Đã có trong kế hoạch.");

        assertThat(accounts.runAs("canbo", () -> api.plan(planId)).items()).extracting(PlanView.Item::productId)
                .containsExactlyInAnyOrder(cordyceps, chomChom);
        assertThat(audit.history("inspection_plan", planId)).extracting(e -> e.action())
                .containsExactlyInAnyOrder("CREATE", "UPDATE", "UPDATE");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsWritten() {
        LocalDate today = LocalDate.now(clock);
        long cordyceps = productId("canbo", "at-risk", CandidateListsDemoTests.CORDYCEPS);
        long banhTrang = productId("tinh", "ready", CandidateListsDemoTests.BANH_TRANG);
        Map<String, Object> newPlan = Map.of("year", today.getYear(), "title", "Kế hoạch thử " + UUID.randomUUID());

        assertThat(fields(seed("canbo", "at-risk", Map.of("productIds", List.of(), "newPlan", newPlan))))
                .containsExactly("productIds");
        ResponseEntity<String> notListed = seed("canbo", "at-risk",
                Map.of("productIds", List.of(cordyceps, banhTrang, 987_654_321L), "newPlan", newPlan));
        assertThat(fields(notListed)).containsExactly("productIds");
        assertThat(JSON.readTree(notListed.getBody()).get("detail").asString())
                .isEqualTo("Sản phẩm #" + banhTrang + ", #987654321 không có trong danh sách “Cần chú ý” của bạn.");
        assertThat(fields(seed("canbo", "at-risk", Map.of("productIds", List.of(cordyceps)))))
                .containsExactly("planId");
        assertThat(fields(seed("canbo", "at-risk", Map.of("productIds", List.of(cordyceps), "planId", 1,
                "newPlan", newPlan)))).containsExactly("planId");
        assertThat(fields(seed("canbo", "at-risk", Map.of("productIds", List.of(cordyceps),
                "newPlan", Map.of("year", today.getYear(), "quarter", 5, "title", " ")))))
                .containsExactly("newPlan.quarter", "newPlan.title");

        String title = "Kế hoạch không được lập " + UUID.randomUUID();
        ResponseEntity<String> outside = seed("canbo", "at-risk", Map.of("productIds", List.of(cordyceps),
                "newPlan", Map.of("year", today.getYear() + 1, "quarter", 1, "title", title),
                "plannedOn", today.toString()));
        assertThat(fields(outside)).containsExactly("plannedOn");
        assertThat(JSON.readTree(outside.getBody()).get("detail").asString())
                .isEqualTo("Ngày dự kiến kiểm tra phải trong quý 1 năm " + (today.getYear() + 1) + " của kế hoạch.");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.plan WHERE title = :t").param("t", title)
                .query(Long.class).single()).isZero();

        ResponseEntity<String> unreadable = TestHttp.as(port, "canbo", "demo")
                .post("/api/v1/candidates/at-risk/plan", "{\"productIds\": \"tất cả\"}");
        assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(unreadable)).isTrue();
        ResponseEntity<String> unknown = seed("canbo", "best", Map.of("productIds", List.of(cordyceps)));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(TestHttp.isProblem(unknown)).isTrue();
    }

    @Test
    void aPlanNoLongerADraftIsAConflictAndAPlanOfAnotherWardIsNotFound() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        long cordyceps = productId("canbo", "at-risk", CandidateListsDemoTests.CORDYCEPS);
        long chomChom = productId("canbo", "at-risk", CandidateListsDemoTests.CHOM_CHOM);
        PlanView plan = fx.as("canbo", () -> api.createPlan(InspectionFixtures.plan(today)));
        fx.as("canbo", () -> api.addPlanItem(plan.id(), new PlanItemInput(chomChom, today,
                List.of(new Inspector(null, "Lê Thị Cán")), null)));
        int version = fx.as("canbo", () -> api.plan(plan.id())).version();
        fx.as("lanhdao", () -> api.approvePlan(plan.id(), version));

        ResponseEntity<String> approved = seed("canbo", "at-risk",
                Map.of("productIds", List.of(cordyceps), "planId", plan.id()));
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(409);
        assertThat(TestHttp.isProblem(approved)).isTrue();
        assertThat(JSON.readTree(approved.getBody()).get("detail").asString()).contains("đã phê duyệt",
                "chỉ thêm sản phẩm vào kế hoạch đang dự thảo");
        assertThat(fx.as("canbo", () -> api.plan(plan.id())).items()).hasSize(1);

        PlanView otherWard = fx.as("canbobv", () -> api.createPlan(InspectionFixtures.plan(today)));
        ResponseEntity<String> foreign = seed("canbo", "at-risk",
                Map.of("productIds", List.of(cordyceps), "planId", otherWard.id()));
        assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isEqualTo(404);
        assertThat(TestHttp.isProblem(foreign)).isTrue();
        assertThat(fx.as("canbobv", () -> api.plan(otherWard.id())).items()).isEmpty();
    }

    @Test
    void onlyThoseWhoWriteInspectionsMaySeedAndAProvincePlanIsOfOneWard() {
        LocalDate today = LocalDate.now(clock);
        long cordyceps = productId("canbo", "at-risk", CandidateListsDemoTests.CORDYCEPS);
        Map<String, Object> newPlan = Map.of("year", today.getYear(), "title", "Kế hoạch thử " + UUID.randomUUID());
        Map<String, Object> body = Map.of("productIds", List.of(cordyceps), "newPlan", newPlan);
        for (String user : List.of("lanhdao", "vanhoa", "hoangduy", "minhduc", "khupho1", "mattran")) {
            ResponseEntity<String> refused = seed(user, "at-risk", body);
            assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(TestHttp.isProblem(refused)).as(user).isTrue();
        }
        assertThat(JSON.readTree(seed("lanhdao", "at-risk", body).getBody()).get("detail").asString())
                .isEqualTo("Vai trò của bạn không được lập kế hoạch kiểm tra.");
        assertThat(TestHttp.anonymous(port).post("/api/v1/candidates/at-risk/plan", JSON.writeValueAsString(body))
                .getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.plan WHERE title = :t").param("t", newPlan.get("title"))
                .query(Long.class).single()).isZero();

        long chomChom = productId("tinh", "ready", CandidateListsDemoTests.CHOM_CHOM);
        long banhTrang = productId("tinh", "ready", CandidateListsDemoTests.BANH_TRANG);
        ResponseEntity<String> twoWards = seed("tinh", "ready", Map.of("productIds", List.of(chomChom, banhTrang),
                "newPlan", newPlan));
        assertThat(fields(twoWards)).containsExactly("productIds");
        assertThat(JSON.readTree(twoWards.getBody()).get("detail").asString()).contains("thuộc nhiều phường, xã");

        ResponseEntity<String> province = seed("tinh", "ready", Map.of("productIds", List.of(banhTrang),
                "newPlan", newPlan));
        assertThat(province.getStatusCode().value()).as(province.getBody()).isEqualTo(201);
        long planId = JSON.readTree(province.getBody()).get("planId").asLong();
        PlanView plan = accounts.runAs("canbobv", () -> api.plan(planId));
        assertThat(plan.unitCode()).isNotEqualTo("26080");
        assertThat(plan.items()).singleElement().satisfies(i -> assertThat(i.note())
                .startsWith("Từ danh sách rà soát “Sẵn sàng đánh giá”: tự đánh giá 58 điểm, đạt 3★"));
    }

    @Test
    void theSeedingIsDocumented() {
        JsonNode paths = JSON.readTree(TestHttp.anonymous(port).get("/v3/api-docs").getBody()).get("paths");
        JsonNode post = paths.get("/api/v1/candidates/{kind}/plan").get("post");
        assertThat(post.get("tags").get(0).asString()).isEqualTo("Danh sách rà soát");
        assertThat(post.get("summary").asString()).contains("productIds", "planId", "newPlan", "409", "403");
    }

    private ResponseEntity<String> seed(String user, String kind, Map<String, Object> body) {
        return TestHttp.as(port, user, "demo").post("/api/v1/candidates/" + kind + "/plan",
                JSON.writeValueAsString(new HashMap<>(body)));
    }

    private long productId(String user, String kind, String name) {
        for (JsonNode row : JSON.readTree(TestHttp.as(port, user, "demo").get("/api/v1/candidates/" + kind)
                .getBody())) {
            if (name.equals(row.get("productName").asString())) {
                return row.get("productId").asLong();
            }
        }
        throw new AssertionError("no row for " + name + " in " + kind + " of " + user);
    }

    /** The fields a 400 problem names. */
    private static List<String> fields(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(TestHttp.isProblem(response)).isTrue();
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
