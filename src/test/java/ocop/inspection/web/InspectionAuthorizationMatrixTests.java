package ocop.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Every inspection endpoint × every role, with the status each must get. Targets, all about products of our own under
 * hoangduy's producer in ward 26080: {@code PL:STATE} a plan, {@code IT} its item, {@code R} an ad-hoc request,
 * {@code V:STATE} a visit (DRAFT, ANSWERED, SUBMITTED with a finding {@code VF}, an action and a photo {@code PH},
 * PROPOSED by the province officer), {@code F} a finding of a draft visit, {@code A:STATE} an action. Shared for
 * refusals, fresh for a row that succeeds. khupho1 has no part in inspections (403 everywhere); hoangduy sees only
 * the submitted visits of its products and their actions; canbobv is an officer of another ward (404 for ours).
 */
@OcopIntegrationTest
class InspectionAuthorizationMatrixTests {

    private static final Map<String, Long> SHARED = new ConcurrentHashMap<>();
    private static final String I = "/api/v1/inspections";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    private InspectionMatrixFixtures fx;

    @BeforeEach
    void fixtures() {
        long product = SHARED.computeIfAbsent("P", k -> InspectionMatrixFixtures.newProduct(context, "Trà Ma trận"));
        long other = SHARED.computeIfAbsent("P2", k -> InspectionMatrixFixtures.newProduct(context, "Mứt Ma trận"));
        fx = new InspectionMatrixFixtures(context, LocalDate.now(clock), product, other);
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            // plans
            "GET, /plans, admin, 200", "GET, /plans, tinh, 200", "GET, /plans, lanhdao, 200", "GET, /plans, canbo, 200",
            "GET, /plans, vanhoa, 200", "GET, /plans, khupho1, 403", "GET, /plans, hoangduy, 403",
            "GET, /plans, canbobv, 200", "GET, /plans, -, 401",
            "GET, /plans/{PL:DRAFT}, admin, 200", "GET, /plans/{PL:DRAFT}, tinh, 200",
            "GET, /plans/{PL:DRAFT}, lanhdao, 200", "GET, /plans/{PL:DRAFT}, canbo, 200",
            "GET, /plans/{PL:DRAFT}, vanhoa, 200", "GET, /plans/{PL:DRAFT}, khupho1, 403",
            "GET, /plans/{PL:DRAFT}, hoangduy, 403", "GET, /plans/{PL:DRAFT}, canbobv, 404",
            "GET, /plans/{PL:DRAFT}, -, 401",
            "POST, /plans, admin, 201", "POST, /plans, tinh, 201", "POST, /plans, lanhdao, 403", "POST, /plans, canbo, 201",
            "POST, /plans, vanhoa, 403", "POST, /plans, khupho1, 403", "POST, /plans, hoangduy, 403",
            "POST, /plans, canbobv, 403", "POST, /plans, -, 401",
            "PUT, /plans/{PL:DRAFT}, admin, 200", "PUT, /plans/{PL:DRAFT}, tinh, 200", "PUT, /plans/{PL:DRAFT}, lanhdao, 403",
            "PUT, /plans/{PL:DRAFT}, canbo, 200", "PUT, /plans/{PL:DRAFT}, vanhoa, 403",
            "PUT, /plans/{PL:DRAFT}, khupho1, 403", "PUT, /plans/{PL:DRAFT}, hoangduy, 403",
            "PUT, /plans/{PL:DRAFT}, canbobv, 404", "PUT, /plans/{PL:DRAFT}, -, 401",
            "PUT, /plans/{PL:APPROVED}, canbo, 409",
            "POST, /plans/{PL:DRAFT}/approve, admin, 200", "POST, /plans/{PL:DRAFT}/approve, tinh, 200",
            "POST, /plans/{PL:DRAFT}/approve, lanhdao, 200", "POST, /plans/{PL:DRAFT}/approve, canbo, 403",
            "POST, /plans/{PL:DRAFT}/approve, vanhoa, 403", "POST, /plans/{PL:DRAFT}/approve, khupho1, 403",
            "POST, /plans/{PL:DRAFT}/approve, hoangduy, 403", "POST, /plans/{PL:DRAFT}/approve, canbobv, 404",
            "POST, /plans/{PL:DRAFT}/approve, -, 401", "POST, /plans/{PL:APPROVED}/approve, lanhdao, 409",
            "POST, /plans/{PL:APPROVED}/close, admin, 200", "POST, /plans/{PL:APPROVED}/close, tinh, 200",
            "POST, /plans/{PL:APPROVED}/close, canbo, 200", "POST, /plans/{PL:APPROVED}/close, lanhdao, 403",
            "POST, /plans/{PL:APPROVED}/close, vanhoa, 403", "POST, /plans/{PL:APPROVED}/close, khupho1, 403",
            "POST, /plans/{PL:APPROVED}/close, hoangduy, 403", "POST, /plans/{PL:APPROVED}/close, canbobv, 404",
            "POST, /plans/{PL:APPROVED}/close, -, 401", "POST, /plans/{PL:DRAFT}/close, canbo, 409",
            "POST, /plans/{PL:DRAFT}/items, admin, 201", "POST, /plans/{PL:DRAFT}/items, tinh, 201",
            "POST, /plans/{PL:DRAFT}/items, canbo, 201", "POST, /plans/{PL:DRAFT}/items, lanhdao, 403",
            "POST, /plans/{PL:DRAFT}/items, vanhoa, 403", "POST, /plans/{PL:DRAFT}/items, khupho1, 403",
            "POST, /plans/{PL:DRAFT}/items, hoangduy, 403", "POST, /plans/{PL:DRAFT}/items, canbobv, 404",
            "POST, /plans/{PL:DRAFT}/items, -, 401",
            "GET, /plans/{PL:DRAFT}/items/{IT}, canbo, 200", "GET, /plans/{PL:DRAFT}/items/{IT}, vanhoa, 200",
            "GET, /plans/{PL:DRAFT}/items/{IT}, hoangduy, 403", "GET, /plans/{PL:DRAFT}/items/{IT}, canbobv, 404",
            "DELETE, /plans/{PL:DRAFT}/items/{IT}, admin, 204", "DELETE, /plans/{PL:DRAFT}/items/{IT}, tinh, 204",
            "DELETE, /plans/{PL:DRAFT}/items/{IT}, canbo, 204", "DELETE, /plans/{PL:DRAFT}/items/{IT}, lanhdao, 403",
            "DELETE, /plans/{PL:DRAFT}/items/{IT}, vanhoa, 403", "DELETE, /plans/{PL:DRAFT}/items/{IT}, khupho1, 403",
            "DELETE, /plans/{PL:DRAFT}/items/{IT}, hoangduy, 403", "DELETE, /plans/{PL:DRAFT}/items/{IT}, canbobv, 404",
            "DELETE, /plans/{PL:DRAFT}/items/{IT}, -, 401",
            // ad-hoc requests
            "GET, /requests, admin, 200", "GET, /requests, tinh, 200", "GET, /requests, lanhdao, 200",
            "GET, /requests, canbo, 200", "GET, /requests, vanhoa, 200", "GET, /requests, khupho1, 403",
            "GET, /requests, hoangduy, 403", "GET, /requests, canbobv, 200", "GET, /requests, -, 401",
            "GET, /requests/{R}, admin, 200", "GET, /requests/{R}, tinh, 200", "GET, /requests/{R}, lanhdao, 200",
            "GET, /requests/{R}, canbo, 200", "GET, /requests/{R}, vanhoa, 200", "GET, /requests/{R}, khupho1, 403",
            "GET, /requests/{R}, hoangduy, 403", "GET, /requests/{R}, canbobv, 404", "GET, /requests/{R}, -, 401",
            "POST, /requests, admin, 201", "POST, /requests, tinh, 201", "POST, /requests, lanhdao, 403",
            "POST, /requests, canbo, 201", "POST, /requests, vanhoa, 403", "POST, /requests, khupho1, 403",
            "POST, /requests, hoangduy, 403", "POST, /requests, canbobv, 404", "POST, /requests, -, 401",
            // visits
            "POST, /visits, admin, 201", "POST, /visits, tinh, 201", "POST, /visits, lanhdao, 403",
            "POST, /visits, canbo, 201", "POST, /visits, vanhoa, 403", "POST, /visits, khupho1, 403",
            "POST, /visits, hoangduy, 403", "POST, /visits, canbobv, 404", "POST, /visits, -, 401",
            "GET, /visits?product={P}, admin, 200", "GET, /visits?product={P}, lanhdao, 200",
            "GET, /visits?product={P}, vanhoa, 200", "GET, /visits?product={P}, khupho1, 403",
            "GET, /visits?product={P}, hoangduy, 200", "GET, /visits?product={P}, canbobv, 200",
            "GET, /visits?product={P}, -, 401",
            "GET, /visits/{V:DRAFT}, admin, 200", "GET, /visits/{V:DRAFT}, tinh, 200", "GET, /visits/{V:DRAFT}, lanhdao, 200",
            "GET, /visits/{V:DRAFT}, canbo, 200", "GET, /visits/{V:DRAFT}, vanhoa, 200",
            "GET, /visits/{V:DRAFT}, khupho1, 403", "GET, /visits/{V:DRAFT}, hoangduy, 404",
            "GET, /visits/{V:DRAFT}, canbobv, 404", "GET, /visits/{V:DRAFT}, -, 401",
            "GET, /visits/{V:SUBMITTED}, hoangduy, 200", "GET, /visits/{V:SUBMITTED}, minhduc, 404",
            "GET, /visits/{V:SUBMITTED}, canbobv, 404",
            "PUT, /visits/{V:DRAFT}/draft, admin, 200", "PUT, /visits/{V:DRAFT}/draft, tinh, 200",
            "PUT, /visits/{V:DRAFT}/draft, lanhdao, 403", "PUT, /visits/{V:DRAFT}/draft, canbo, 200",
            "PUT, /visits/{V:DRAFT}/draft, vanhoa, 403", "PUT, /visits/{V:DRAFT}/draft, khupho1, 403",
            "PUT, /visits/{V:DRAFT}/draft, hoangduy, 404", "PUT, /visits/{V:DRAFT}/draft, canbobv, 404",
            "PUT, /visits/{V:DRAFT}/draft, -, 401", "PUT, /visits/{V:SUBMITTED}/draft, canbo, 409",
            "POST, /visits/{V:DRAFT}/photos, admin, 201", "POST, /visits/{V:DRAFT}/photos, tinh, 201",
            "POST, /visits/{V:DRAFT}/photos, lanhdao, 403", "POST, /visits/{V:DRAFT}/photos, canbo, 201",
            "POST, /visits/{V:DRAFT}/photos, vanhoa, 403", "POST, /visits/{V:DRAFT}/photos, khupho1, 403",
            "POST, /visits/{V:DRAFT}/photos, hoangduy, 404", "POST, /visits/{V:DRAFT}/photos, canbobv, 404",
            "POST, /visits/{V:DRAFT}/photos, -, 401", "POST, /visits/{V:SUBMITTED}/photos, canbo, 409",
            "GET, /visits/{V:SUBMITTED}/photos/{PH}, canbo, 200", "GET, /visits/{V:SUBMITTED}/photos/{PH}, vanhoa, 200",
            "GET, /visits/{V:SUBMITTED}/photos/{PH}, hoangduy, 200", "GET, /visits/{V:SUBMITTED}/photos/{PH}, minhduc, 404",
            "GET, /visits/{V:SUBMITTED}/photos/{PH}, khupho1, 403", "GET, /visits/{V:SUBMITTED}/photos/{PH}, canbobv, 404",
            "GET, /visits/{V:SUBMITTED}/photos/{PH}, -, 401",
            "POST, /visits/{V:DRAFT}/findings, admin, 201", "POST, /visits/{V:DRAFT}/findings, tinh, 201",
            "POST, /visits/{V:DRAFT}/findings, lanhdao, 403", "POST, /visits/{V:DRAFT}/findings, canbo, 201",
            "POST, /visits/{V:DRAFT}/findings, vanhoa, 403", "POST, /visits/{V:DRAFT}/findings, khupho1, 403",
            "POST, /visits/{V:DRAFT}/findings, hoangduy, 404", "POST, /visits/{V:DRAFT}/findings, canbobv, 404",
            "POST, /visits/{V:DRAFT}/findings, -, 401",
            "GET, /visits/{V:SUBMITTED}/findings/{VF}, hoangduy, 200",
            "GET, /visits/{V:SUBMITTED}/findings/{VF}, canbobv, 404",
            "POST, /visits/{V:ANSWERED}/submit, admin, 200", "POST, /visits/{V:ANSWERED}/submit, tinh, 200",
            "POST, /visits/{V:ANSWERED}/submit, lanhdao, 403", "POST, /visits/{V:ANSWERED}/submit, canbo, 200",
            "POST, /visits/{V:ANSWERED}/submit, vanhoa, 403", "POST, /visits/{V:ANSWERED}/submit, khupho1, 403",
            "POST, /visits/{V:ANSWERED}/submit, hoangduy, 404", "POST, /visits/{V:ANSWERED}/submit, canbobv, 404",
            "POST, /visits/{V:ANSWERED}/submit, -, 401", "POST, /visits/{V:SUBMITTED}/submit, canbo, 409",
            "POST, /visits/{V:SUBMITTED}/follow-ups, admin, 201", "POST, /visits/{V:SUBMITTED}/follow-ups, tinh, 201",
            "POST, /visits/{V:SUBMITTED}/follow-ups, lanhdao, 403", "POST, /visits/{V:SUBMITTED}/follow-ups, canbo, 201",
            "POST, /visits/{V:SUBMITTED}/follow-ups, vanhoa, 403", "POST, /visits/{V:SUBMITTED}/follow-ups, khupho1, 403",
            "POST, /visits/{V:SUBMITTED}/follow-ups, hoangduy, 403",
            "POST, /visits/{V:SUBMITTED}/follow-ups, canbobv, 404", "POST, /visits/{V:SUBMITTED}/follow-ups, -, 401",
            "POST, /visits/{V:DRAFT}/follow-ups, canbo, 409",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, admin, 201",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, canbo, 201",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, tinh, 403",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, lanhdao, 403",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, vanhoa, 403",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, khupho1, 403",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, hoangduy, 403",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, canbobv, 404",
            "POST, /visits/{V:PROPOSED}/revocation-proposal, -, 401",
            "POST, /visits/{V:SUBMITTED}/revocation-proposal, canbo, 409",
            // corrective actions
            "POST, /findings/{F}/actions, admin, 201", "POST, /findings/{F}/actions, tinh, 201",
            "POST, /findings/{F}/actions, lanhdao, 403", "POST, /findings/{F}/actions, canbo, 201",
            "POST, /findings/{F}/actions, vanhoa, 403", "POST, /findings/{F}/actions, khupho1, 403",
            "POST, /findings/{F}/actions, hoangduy, 404", "POST, /findings/{F}/actions, canbobv, 404",
            "POST, /findings/{F}/actions, -, 401",
            "GET, /actions, admin, 200", "GET, /actions, tinh, 200", "GET, /actions, lanhdao, 200",
            "GET, /actions, canbo, 200", "GET, /actions, vanhoa, 200", "GET, /actions, khupho1, 403",
            "GET, /actions, hoangduy, 200", "GET, /actions, canbobv, 200", "GET, /actions, -, 401",
            "GET, /actions/{A:OPEN}, canbo, 200", "GET, /actions/{A:OPEN}, vanhoa, 200",
            "GET, /actions/{A:OPEN}, hoangduy, 200", "GET, /actions/{A:OPEN}, minhduc, 404",
            "GET, /actions/{A:OPEN}, khupho1, 403", "GET, /actions/{A:OPEN}, canbobv, 404",
            "GET, /actions/{A:OPEN}, -, 401",
            "POST, /actions/{A:FOLLOWED}/close, admin, 200", "POST, /actions/{A:FOLLOWED}/close, tinh, 200",
            "POST, /actions/{A:FOLLOWED}/close, lanhdao, 403", "POST, /actions/{A:FOLLOWED}/close, canbo, 200",
            "POST, /actions/{A:FOLLOWED}/close, vanhoa, 403", "POST, /actions/{A:FOLLOWED}/close, khupho1, 403",
            "POST, /actions/{A:FOLLOWED}/close, hoangduy, 403", "POST, /actions/{A:FOLLOWED}/close, canbobv, 404",
            "POST, /actions/{A:FOLLOWED}/close, -, 401",
            "POST, /actions/{A:OPEN}/escalate, admin, 200", "POST, /actions/{A:OPEN}/escalate, tinh, 200",
            "POST, /actions/{A:OPEN}/escalate, lanhdao, 403", "POST, /actions/{A:OPEN}/escalate, canbo, 200",
            "POST, /actions/{A:OPEN}/escalate, vanhoa, 403", "POST, /actions/{A:OPEN}/escalate, khupho1, 403",
            "POST, /actions/{A:OPEN}/escalate, hoangduy, 403", "POST, /actions/{A:OPEN}/escalate, canbobv, 404",
            "POST, /actions/{A:OPEN}/escalate, -, 401", "POST, /actions/{A:ESCALATED}/escalate, canbo, 409",
            // the inspector's day
            "GET, /today, admin, 200", "GET, /today, tinh, 200", "GET, /today, lanhdao, 200", "GET, /today, canbo, 200",
            "GET, /today, vanhoa, 200", "GET, /today, khupho1, 403", "GET, /today, hoangduy, 403",
            "GET, /today, canbobv, 200", "GET, /today, -, 401",
    })
    void statusFor(String method, String path, String account, int expected) {
        String target = I + resolve(path, expected < 300);
        InspectionHttp who = new InspectionHttp(port, account);
        ResponseEntity<String> response = target.endsWith("/photos") && "POST".equals(method)
                ? who.upload(idAfter(target, "/visits/"), "anh.png", InspectionHttp.png(), Map.of())
                : who.http.exchange(HttpMethod.valueOf(method), target, body(method, target));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(TestHttp.isProblem(response)).as("problem+json").isTrue();
        }
        if (expected == 201) {
            assertThat(TestHttp.header(response, "Location")).as("Location").isNotBlank();
        }
    }

    private String resolve(String path, boolean fresh) {
        String target = path.replace("{P}", Long.toString(fx.product));
        for (String kind : new String[] {"PL", "V", "A"}) {
            String open = "{" + kind + ":";
            if (target.contains(open)) {
                int from = target.indexOf(open);
                String state = target.substring(from + open.length(), target.indexOf('}', from));
                String key = kind + ":" + state;
                long id = fresh ? make(kind, state) : SHARED.computeIfAbsent(key, k -> make(kind, state));
                target = target.replace("{" + key + "}", Long.toString(id));
            }
        }
        if (target.contains("{IT}")) {
            target = target.replace("{IT}", Long.toString(fx.itemOf(idAfter(target, "/plans/"))));
        }
        if (target.contains("{VF}")) {
            target = target.replace("{VF}", Long.toString(fx.findingOf(idAfter(target, "/visits/"))));
        }
        if (target.contains("{PH}")) {
            target = target.replace("{PH}", Long.toString(fx.photoOf(idAfter(target, "/visits/"))));
        }
        if (target.contains("{R}")) {
            target = target.replace("{R}", Long.toString(SHARED.computeIfAbsent("R", k -> fx.request())));
        }
        if (target.contains("{F}")) {
            target = target.replace("{F}", Long.toString(fresh ? fx.draftFinding()
                    : SHARED.computeIfAbsent("F", k -> fx.draftFinding())));
        }
        return target;
    }

    private long make(String kind, String state) {
        return switch (kind) {
            case "PL" -> fx.plan(state);
            case "V" -> fx.visit(state);
            default -> fx.action(state);
        };
    }

    private String body(String method, String path) {
        int n = fx.next();
        LocalDate today = LocalDate.now(clock);
        if ("GET".equals(method) || "DELETE".equals(method) || path.endsWith("/revocation-proposal")) {
            return null;
        }
        if (path.endsWith("/plans")) {
            return "{\"unitCode\": \"26080\", \"year\": " + today.getYear() + ", \"title\": \"Kế hoạch Ma trận " + n + "\"}";
        }
        if (path.endsWith("/approve") || path.endsWith("/close") && path.contains("/plans/")) {
            return "{\"version\": " + fx.planVersion(idAfter(path, "/plans/")) + "}";
        }
        if (path.endsWith("/items")) {
            return "{\"productId\": " + fx.otherProduct + ", \"plannedOn\": \"" + today
                    + "\", \"inspectors\": [{\"name\": \"Tổ kiểm tra Ma trận\"}]}";
        }
        if ("PUT".equals(method) && path.contains("/plans/")) {
            return "{\"year\": " + today.getYear() + ", \"title\": \"Kế hoạch Ma trận " + n + " (sửa)\"}";
        }
        if (path.endsWith("/requests")) {
            return "{\"productId\": " + fx.product + ", \"reason\": \"COMPLAINT\", \"sourceRef\": \"Đơn Ma trận " + n + "\"}";
        }
        if (path.endsWith("/visits")) {
            return "{\"productId\": " + fx.product + ", \"reason\": \"OTHER\", \"sourceRef\": \"Ma trận " + n + "\"}";
        }
        if (path.endsWith("/draft")) {
            return "{\"clientDraftId\": \"mt-" + n + "\", \"clientVersion\": 1, \"version\": "
                    + fx.visitVersion(idAfter(path, "/visits/")) + ", \"answers\": []}";
        }
        if (path.endsWith("/findings")) {
            return "{\"text\": \"Phát hiện Ma trận " + n + "\", \"severity\": \"MINOR\"}";
        }
        if (path.endsWith("/submit")) {
            return "{\"outcome\": \"CRITERIA_MAINTAINED\"}";
        }
        if (path.endsWith("/actions")) {
            return "{\"description\": \"Khắc phục " + n + "\", \"owner\": \"Chủ thể\", \"deadline\": \""
                    + today.plusDays(10) + "\"}";
        }
        if (path.endsWith("/close")) {
            long action = idAfter(path, "/actions/");
            return "{\"followUpVisitId\": " + fx.followUpOf(action) + ", \"note\": \"Đã khắc phục\"}";
        }
        if (path.endsWith("/escalate")) {
            return "{\"note\": \"Chuyển Sở xử lý\"}";
        }
        return "{}";
    }

    private static long idAfter(String path, String marker) {
        String rest = path.substring(path.indexOf(marker) + marker.length());
        int end = rest.indexOf('/');
        return Long.parseLong(end < 0 ? rest : rest.substring(0, end));
    }
}
