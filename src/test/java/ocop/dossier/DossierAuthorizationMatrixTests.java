package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Every dossier endpoint and every transition × every role, with the status each must get. Targets: {@code D:STATE}
 * a dossier of producer G (hoangduy, khu phố 1) in that state — shared for refusals, fresh for a row that succeeds;
 * {@code M} the demo re-evaluation dossier of producer M (minhduc, khu phố 2); {@code P} a product of G; {@code E} a
 * piece of evidence; {@code I} an idea of G waiting for the ward; {@code F} a flag of khu phố 1; canbobv is an
 * officer of another ward. 404: outside what the account may see; 403: it may see it but not do this; 409: not now.
 */
@OcopIntegrationTest
class DossierAuthorizationMatrixTests {

    private static final Map<String, Long> SHARED = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private DossierFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DossierFixtures(port, context);
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            // lists and dashboards
            "GET, /api/v1/dossiers, admin, 200", "GET, /api/v1/dossiers, tinh, 200", "GET, /api/v1/dossiers, lanhdao, 200",
            "GET, /api/v1/dossiers, canbo, 200", "GET, /api/v1/dossiers, vanhoa, 200", "GET, /api/v1/dossiers, khupho1, 403",
            "GET, /api/v1/dossiers, hoangduy, 200", "GET, /api/v1/dossiers, mattran, 403", "GET, /api/v1/dossiers, canbobv, 200",
            "GET, /api/v1/dossiers, -, 401",
            "GET, /api/v1/dossiers/dashboard, canbo, 200", "GET, /api/v1/dossiers/dashboard, khupho1, 403",
            "GET, /api/v1/dossiers/dashboard, -, 401", "GET, /api/v1/dossiers/mine, hoangduy, 200",
            // read one dossier
            "GET, /api/v1/dossiers/{D:DRAFT}, admin, 200", "GET, /api/v1/dossiers/{D:DRAFT}, tinh, 200",
            "GET, /api/v1/dossiers/{D:DRAFT}, lanhdao, 200", "GET, /api/v1/dossiers/{D:DRAFT}, canbo, 200",
            "GET, /api/v1/dossiers/{D:DRAFT}, vanhoa, 200", "GET, /api/v1/dossiers/{D:DRAFT}, khupho1, 403",
            "GET, /api/v1/dossiers/{D:DRAFT}, hoangduy, 200", "GET, /api/v1/dossiers/{D:DRAFT}, minhduc, 404",
            "GET, /api/v1/dossiers/{D:DRAFT}, mattran, 403", "GET, /api/v1/dossiers/{D:DRAFT}, canbobv, 404",
            "GET, /api/v1/dossiers/{D:DRAFT}, -, 401",
            "GET, /api/v1/dossiers/{M}, hoangduy, 404", "GET, /api/v1/dossiers/{M}, minhduc, 200",
            "GET, /api/v1/dossiers/{M}, khupho1, 404", "GET, /api/v1/dossiers/{M}, canbobv, 404",
            "GET, /api/v1/dossiers/{D:DRAFT}/forms, hoangduy, 200", "GET, /api/v1/dossiers/{D:DRAFT}/forms, minhduc, 404",
            "GET, /api/v1/dossiers/{D:SUBMITTED}/versions, hoangduy, 200",
            "GET, /api/v1/dossiers/{D:SUBMITTED}/versions, minhduc, 404",
            "GET, /api/v1/dossiers/{D:SUBMITTED}/versions/1, canbo, 200",
            "GET, /api/v1/dossiers/{D:SUBMITTED}/versions/1, canbobv, 404",
            "GET, /api/v1/dossiers/{D:SUBMITTED}/diff, vanhoa, 200", "GET, /api/v1/dossiers/{D:SUBMITTED}/diff, mattran, 403",
            // open a dossier for a product of G
            "POST, /api/v1/dossiers, admin, 201", "POST, /api/v1/dossiers, tinh, 403", "POST, /api/v1/dossiers, lanhdao, 403",
            "POST, /api/v1/dossiers, canbo, 201", "POST, /api/v1/dossiers, vanhoa, 403", "POST, /api/v1/dossiers, khupho1, 403",
            "POST, /api/v1/dossiers, hoangduy, 201", "POST, /api/v1/dossiers, minhduc, 400",
            "POST, /api/v1/dossiers, mattran, 403", "POST, /api/v1/dossiers, canbobv, 400", "POST, /api/v1/dossiers, -, 401",
            // fill Mẫu 02
            "PUT, /api/v1/dossiers/{D:DRAFT}/forms, admin, 200", "PUT, /api/v1/dossiers/{D:DRAFT}/forms, tinh, 403",
            "PUT, /api/v1/dossiers/{D:DRAFT}/forms, lanhdao, 403", "PUT, /api/v1/dossiers/{D:DRAFT}/forms, canbo, 200",
            "PUT, /api/v1/dossiers/{D:DRAFT}/forms, vanhoa, 403", "PUT, /api/v1/dossiers/{D:DRAFT}/forms, khupho1, 403",
            "PUT, /api/v1/dossiers/{D:DRAFT}/forms, hoangduy, 200", "PUT, /api/v1/dossiers/{D:DRAFT}/forms, minhduc, 404",
            "PUT, /api/v1/dossiers/{D:DRAFT}/forms, canbobv, 404", "PUT, /api/v1/dossiers/{D:DRAFT}/forms, -, 401",
            "PUT, /api/v1/dossiers/{D:SUBMITTED}/forms, hoangduy, 409", "PUT, /api/v1/dossiers/{M}/forms, hoangduy, 404",
            // evidence
            "POST, /api/v1/dossiers/{D:DRAFT}/evidence, admin, 201", "POST, /api/v1/dossiers/{D:DRAFT}/evidence, tinh, 403",
            "POST, /api/v1/dossiers/{D:DRAFT}/evidence, lanhdao, 403", "POST, /api/v1/dossiers/{D:DRAFT}/evidence, canbo, 201",
            "POST, /api/v1/dossiers/{D:DRAFT}/evidence, vanhoa, 403", "POST, /api/v1/dossiers/{D:DRAFT}/evidence, hoangduy, 201",
            "POST, /api/v1/dossiers/{D:DRAFT}/evidence, minhduc, 404", "POST, /api/v1/dossiers/{D:DRAFT}/evidence, canbobv, 404",
            "POST, /api/v1/dossiers/{D:DRAFT}/evidence, -, 401", "POST, /api/v1/dossiers/{D:SUBMITTED}/evidence, hoangduy, 409",
            "GET, /api/v1/dossiers/{D:DRAFT}/evidence, vanhoa, 200", "GET, /api/v1/dossiers/{D:DRAFT}/evidence, khupho1, 403",
            "GET, /api/v1/dossiers/{D:DRAFT}/evidence, minhduc, 404", "GET, /api/v1/dossiers/{D:DRAFT}/evidence, -, 401",
            "GET, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, hoangduy, 200", "GET, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, tinh, 200",
            "GET, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, minhduc, 404", "GET, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, canbobv, 404",
            "DELETE, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, hoangduy, 204", "DELETE, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, canbo, 204",
            "DELETE, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, lanhdao, 403", "DELETE, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, minhduc, 404",
            "DELETE, /api/v1/dossiers/{D:DRAFT}/evidence/{E}, -, 401",
            // submit
            "POST, /api/v1/dossiers/{D:DRAFT}/submit, admin, 200", "POST, /api/v1/dossiers/{D:DRAFT}/submit, tinh, 403",
            "POST, /api/v1/dossiers/{D:DRAFT}/submit, lanhdao, 403", "POST, /api/v1/dossiers/{D:DRAFT}/submit, canbo, 200",
            "POST, /api/v1/dossiers/{D:DRAFT}/submit, vanhoa, 403", "POST, /api/v1/dossiers/{D:DRAFT}/submit, khupho1, 403",
            "POST, /api/v1/dossiers/{D:DRAFT}/submit, hoangduy, 200", "POST, /api/v1/dossiers/{D:DRAFT}/submit, minhduc, 404",
            "POST, /api/v1/dossiers/{D:DRAFT}/submit, mattran, 403", "POST, /api/v1/dossiers/{D:DRAFT}/submit, canbobv, 404",
            "POST, /api/v1/dossiers/{D:DRAFT}/submit, -, 401", "POST, /api/v1/dossiers/{D:SUBMITTED}/submit, hoangduy, 409",
            "POST, /api/v1/dossiers/{M}/submit, hoangduy, 404",
            // return
            "POST, /api/v1/dossiers/{D:SUBMITTED}/return, admin, 200", "POST, /api/v1/dossiers/{D:SUBMITTED}/return, tinh, 403",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/return, lanhdao, 403", "POST, /api/v1/dossiers/{D:SUBMITTED}/return, canbo, 200",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/return, vanhoa, 403", "POST, /api/v1/dossiers/{D:SUBMITTED}/return, hoangduy, 403",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/return, minhduc, 404", "POST, /api/v1/dossiers/{D:SUBMITTED}/return, canbobv, 404",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/return, -, 401", "POST, /api/v1/dossiers/{D:DRAFT}/return, canbo, 409",
            // resubmit
            "POST, /api/v1/dossiers/{D:RETURNED}/resubmit, hoangduy, 200", "POST, /api/v1/dossiers/{D:RETURNED}/resubmit, canbo, 200",
            "POST, /api/v1/dossiers/{D:RETURNED}/resubmit, lanhdao, 403", "POST, /api/v1/dossiers/{D:RETURNED}/resubmit, tinh, 403",
            "POST, /api/v1/dossiers/{D:RETURNED}/resubmit, minhduc, 404", "POST, /api/v1/dossiers/{D:RETURNED}/resubmit, canbobv, 404",
            // start the ward's assessment
            "POST, /api/v1/dossiers/{D:SUBMITTED}/start-assessment, canbo, 200",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/start-assessment, admin, 200",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/start-assessment, hoangduy, 403",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/start-assessment, lanhdao, 403",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/start-assessment, vanhoa, 403",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/start-assessment, tinh, 403",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/start-assessment, canbobv, 404",
            // issue the report
            "POST, /api/v1/dossiers/{D:WARD_ASSESSMENT}/issue-report, lanhdao, 200",
            "POST, /api/v1/dossiers/{D:WARD_ASSESSMENT}/issue-report, admin, 200",
            "POST, /api/v1/dossiers/{D:WARD_ASSESSMENT}/issue-report, canbo, 403",
            "POST, /api/v1/dossiers/{D:WARD_ASSESSMENT}/issue-report, hoangduy, 403",
            "POST, /api/v1/dossiers/{D:WARD_ASSESSMENT}/issue-report, vanhoa, 403",
            "POST, /api/v1/dossiers/{D:WARD_ASSESSMENT}/issue-report, tinh, 403",
            "POST, /api/v1/dossiers/{D:SUBMITTED}/issue-report, lanhdao, 409",
            // send to the province
            "POST, /api/v1/dossiers/{D:REPORT_ISSUED}/send-to-province, canbo, 200",
            "POST, /api/v1/dossiers/{D:REPORT_ISSUED}/send-to-province, lanhdao, 200",
            "POST, /api/v1/dossiers/{D:REPORT_ISSUED}/send-to-province, hoangduy, 403",
            "POST, /api/v1/dossiers/{D:REPORT_ISSUED}/send-to-province, tinh, 403",
            "POST, /api/v1/dossiers/{D:REPORT_ISSUED}/send-to-province, vanhoa, 403",
            // withdraw
            "POST, /api/v1/dossiers/{D:DRAFT}/withdraw, hoangduy, 200", "POST, /api/v1/dossiers/{D:DRAFT}/withdraw, canbo, 200",
            "POST, /api/v1/dossiers/{D:DRAFT}/withdraw, lanhdao, 403", "POST, /api/v1/dossiers/{D:DRAFT}/withdraw, tinh, 403",
            "POST, /api/v1/dossiers/{D:DRAFT}/withdraw, minhduc, 404",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/withdraw, hoangduy, 409",
            // the province's result
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, tinh, 200",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, canbo, 200",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, admin, 200",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, lanhdao, 403",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, hoangduy, 403",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, vanhoa, 403",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, minhduc, 404",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, canbobv, 404",
            "POST, /api/v1/dossiers/{D:SENT_TO_PROVINCE}/result, -, 401", "POST, /api/v1/dossiers/{D:SUBMITTED}/result, tinh, 409",
            // ideas, the cycle, flags, notifications
            "POST, /api/v1/ideas, admin, 201", "POST, /api/v1/ideas, canbo, 201", "POST, /api/v1/ideas, hoangduy, 201",
            "POST, /api/v1/ideas, lanhdao, 403", "POST, /api/v1/ideas, tinh, 403", "POST, /api/v1/ideas, vanhoa, 403",
            "POST, /api/v1/ideas, khupho1, 403", "POST, /api/v1/ideas, mattran, 403", "POST, /api/v1/ideas, canbobv, 400",
            "POST, /api/v1/ideas, -, 401",
            "GET, /api/v1/products/{P}/cycle, hoangduy, 200", "GET, /api/v1/products/{P}/cycle, tinh, 200",
            "GET, /api/v1/products/{P}/cycle, khupho1, 200", "GET, /api/v1/products/{P}/cycle, minhduc, 404",
            "GET, /api/v1/products/{P}/cycle, mattran, 403", "GET, /api/v1/products/{P}/cycle, canbobv, 404",
            "POST, /api/v1/products/{I}/cycle/accept-idea, canbo, 200", "POST, /api/v1/products/{I}/cycle/accept-idea, admin, 200",
            "POST, /api/v1/products/{I}/cycle/accept-idea, hoangduy, 403",
            "POST, /api/v1/products/{I}/cycle/accept-idea, lanhdao, 403",
            "POST, /api/v1/products/{I}/cycle/accept-idea, tinh, 403",
            "POST, /api/v1/products/{I}/cycle/accept-idea, minhduc, 404",
            "POST, /api/v1/products/{I}/cycle/accept-idea, canbobv, 404",
            "POST, /api/v1/products/{I}/cycle/return-idea, canbo, 200",
            "POST, /api/v1/products/{I}/cycle/plan, hoangduy, 409",
            "POST, /api/v1/flags, khupho1, 201", "POST, /api/v1/flags, canbo, 201", "POST, /api/v1/flags, hoangduy, 403",
            "POST, /api/v1/flags, lanhdao, 403", "POST, /api/v1/flags, mattran, 403", "POST, /api/v1/flags, -, 401",
            "GET, /api/v1/flags, canbo, 200", "GET, /api/v1/flags, khupho1, 200", "GET, /api/v1/flags, lanhdao, 200",
            "GET, /api/v1/flags, hoangduy, 403", "GET, /api/v1/flags, vanhoa, 403", "GET, /api/v1/flags, -, 401",
            "GET, /api/v1/flags/{F}, khupho1, 200", "GET, /api/v1/flags/{F}, canbobv, 404",
            "POST, /api/v1/flags/{F}/close, canbo, 200", "POST, /api/v1/flags/{F}/close, khupho1, 403",
            "POST, /api/v1/flags/{F}/close, lanhdao, 403", "POST, /api/v1/flags/{F}/close, canbobv, 404",
            "GET, /api/v1/notifications, hoangduy, 200", "GET, /api/v1/notifications, mattran, 200",
            "GET, /api/v1/notifications, -, 401",
    })
    void statusFor(String method, String path, String account, int expected) {
        boolean succeeds = expected < 300;
        String target = resolve(path, succeeds);
        DossierHttp who = new DossierHttp(port, account);
        var response = target.endsWith("/evidence") && "POST".equals(method)
                ? who.upload(idIn(target), "E15", "matran-" + SEQUENCE.incrementAndGet() + ".pdf", DossierHttp.pdf("mt"))
                : who.http.exchange(HttpMethod.valueOf(method), target, body(method, target));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(TestHttp.isProblem(response)).as("problem+json").isTrue();
        }
    }

    private String resolve(String path, boolean fresh) {
        String target = path;
        if (target.contains("{D:")) {
            String state = target.substring(target.indexOf("{D:") + 3, target.indexOf('}', target.indexOf("{D:")));
            long id = fresh ? fixtures.inState(state) : SHARED.computeIfAbsent(state, fixtures::inState);
            target = target.replace("{D:" + state + "}", Long.toString(id));
        }
        if (target.contains("{E}")) {
            target = target.replace("{E}", Long.toString(fixtures.evidence(idIn(target))));
        }
        if (target.contains("{M}")) {
            long m = SHARED.computeIfAbsent("M", k -> DossierHttp.json(new DossierHttp(port, "minhduc")
                    .get("/api/v1/dossiers")).get(0).get("id").asLong());
            target = target.replace("{M}", Long.toString(m));
        }
        target = target.replace("{P}", Long.toString(SHARED.computeIfAbsent("P", k -> fixtures.product())));
        if (target.contains("{I}")) {
            target = target.replace("{I}", Long.toString(fresh ? fixtures.pendingIdea()
                    : SHARED.computeIfAbsent("I", k -> fixtures.pendingIdea())));
        }
        if (target.contains("{F}")) {
            target = target.replace("{F}", Long.toString(fresh ? fixtures.flag() : SHARED.computeIfAbsent("F", k -> fixtures.flag())));
        }
        return target;
    }

    private String body(String method, String path) {
        int n = SEQUENCE.incrementAndGet();
        if (path.equals("/api/v1/dossiers") && "POST".equals(method)) {
            return "{\"productId\":" + fixtures.product() + ",\"kind\":\"FIRST\"}";
        }
        if (path.equals("/api/v1/ideas")) {
            return "{\"producerId\":" + fixtures.producerG + ",\"name\":\"Ý tưởng Ma trận " + n
                    + "\",\"classificationCode\":\"I.3.d\"}";
        }
        if (path.endsWith("/forms") && "PUT".equals(method)) {
            return "{\"fields\":{\"p1.organisation\":\"Tổ sản xuất " + n + " người\"}}";
        }
        if (path.endsWith("/return")) {
            return "{\"reasons\":[{\"item\":\"E05\",\"reason\":\"Bổ sung danh sách lao động.\"}]}";
        }
        if (path.endsWith("/return-idea")) {
            return "{\"note\":\"Chưa rõ nguồn nguyên liệu.\"}";
        }
        if (path.endsWith("/result")) {
            return "{\"score\":60,\"stars\":3,\"decisionNo\":\"MT-" + n + "/QĐ-UBND\",\"decisionDate\":\""
                    + LocalDate.now() + "\"}";
        }
        if (path.endsWith("/plan")) {
            return "{\"summary\":\"Phương án thử\"}";
        }
        if (path.equals("/api/v1/flags")) {
            return "{\"name\":\"Bánh bò Ma trận " + n + "\",\"maker\":\"Cô Sáu\"}";
        }
        if (path.endsWith("/close")) {
            return "{\"note\":\"Hộ không tham gia.\"}";
        }
        return "POST".equals(method) || "PUT".equals(method) ? "{}" : null;
    }

    private static long idIn(String path) {
        String rest = path.substring("/api/v1/dossiers/".length());
        return Long.parseLong(rest.substring(0, rest.indexOf('/')));
    }
}
