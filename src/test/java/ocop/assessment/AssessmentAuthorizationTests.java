package ocop.assessment;

import static ocop.assessment.AssessmentHttp.json;
import static ocop.assessment.AssessmentHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Who may do what at the ward's assessment step, every endpoint of this module against every demo role: the officer
 * assesses and drafts, the leader issues, a ward unit gives opinions, the province reads and takes the package, a
 * producer never sees another's dossier, a ward never another ward's. Errors are problem+json.
 */
@OcopIntegrationTest
class AssessmentAuthorizationTests {

    @LocalServerPort
    int port;

    private final List<String> mismatches = new ArrayList<>();

    @Test
    void everyEndpointAgainstEveryRole() {
        AssessmentHttp http = new AssessmentHttp(port);
        long a = http.dossierInAssessment("Lan thử nghiệm phân quyền A");
        long b = http.dossierInAssessment("Lan thử nghiệm phân quyền B");
        String four = """
                {"items":[{"item":"RAW_MATERIALS","findings":"a","conclusion":"DAT"},
                 {"item":"LOCAL_LABOUR","findings":"b","conclusion":"DAT"},
                 {"item":"IDEA_ORIGIN","findings":"c","conclusion":"DAT"},
                 {"item":"LOCAL_IDENTITY","findings":"d","conclusion":"DAT"}]}""";
        String assessment = "/api/v1/dossiers/" + a + "/assessment";
        expect(HttpMethod.GET, assessment, null, 200, "admin", "tinh", "lanhdao", "canbo", "vanhoa");
        expect(HttpMethod.GET, assessment, null, 403, "mattran", "khupho1");
        expect(HttpMethod.GET, assessment, null, 404, "hoangduy", "canbobv");
        expect(HttpMethod.PUT, assessment, four, 403, "tinh", "lanhdao", "vanhoa", "mattran", "khupho1", "hoangduy");
        expect(HttpMethod.PUT, assessment, four, 404, "canbobv");
        expect(HttpMethod.PUT, assessment, four, 200, "canbo", "admin");

        String report = "/api/v1/dossiers/" + a + "/report";
        expect(HttpMethod.POST, report, null, 403, "lanhdao", "vanhoa", "tinh", "hoangduy", "mattran");
        expect(HttpMethod.POST, report, null, 404, "canbobv");
        expect(HttpMethod.POST, report, null, 201, "canbo");
        expect(HttpMethod.POST, report + "/issue", null, 403, "canbo", "vanhoa", "tinh", "mattran");
        expect(HttpMethod.POST, report + "/issue", null, 404, "hoangduy", "canbobv");

        String meeting = """
                {"heldAt":"2026-12-03T14:00","place":"Hội trường","chair":"Chủ tịch UBND phường",
                 "units":["Phòng Văn hóa - Xã hội"],"dossierIds":[%d]}""".formatted(b);
        expect(HttpMethod.POST, "/api/v1/meetings", meeting, 403, "lanhdao", "vanhoa", "tinh", "hoangduy", "mattran");
        long m = json(ok(http.as("canbo").post("/api/v1/meetings", meeting), 201)).get("id").asLong();
        expect(HttpMethod.GET, "/api/v1/meetings", null, 200, "admin", "tinh", "lanhdao", "canbo", "vanhoa", "canbobv");
        expect(HttpMethod.GET, "/api/v1/meetings", null, 403, "mattran", "khupho1", "hoangduy");
        expect(HttpMethod.GET, "/api/v1/meetings/" + m, null, 404, "canbobv");
        String opinion = "{\"dossierId\":%d,\"item\":\"IDEA_ORIGIN\",\"opinion\":\"Đồng ý\"}".formatted(b);
        expect(HttpMethod.POST, "/api/v1/meetings/" + m + "/opinions", opinion, 403, "lanhdao", "tinh", "hoangduy",
                "mattran", "khupho1");
        expect(HttpMethod.POST, "/api/v1/meetings/" + m + "/opinions", opinion, 404, "canbobv");
        expect(HttpMethod.POST, "/api/v1/meetings/" + m + "/opinions", opinion, 200, "vanhoa");
        expect(HttpMethod.POST, "/api/v1/meetings/" + m + "/minutes", null, 403, "vanhoa", "lanhdao", "tinh");

        http.assessAllFour(b);
        ok(http.as("canbo").post("/api/v1/dossiers/" + b + "/report", null), 201);
        expect(HttpMethod.POST, "/api/v1/dossiers/" + b + "/report/issue", null, 200, "lanhdao");
        String zip = "/api/v1/dossiers/" + b + "/package.zip";
        expect(HttpMethod.GET, zip, null, 200, "canbo", "lanhdao", "tinh", "admin");
        expect(HttpMethod.GET, zip, null, 403, "vanhoa", "hoangduy", "mattran", "khupho1");
        expect(HttpMethod.GET, zip, null, 404, "canbobv");
        expect(HttpMethod.GET, "/api/v1/dossiers/" + a + "/package.zip", null, 409, "canbo");

        String request = "{\"dossierIds\":[" + b + "]}";
        expect(HttpMethod.POST, "/api/v1/province-requests", request, 403, "lanhdao", "vanhoa", "tinh", "hoangduy");
        expect(HttpMethod.POST, "/api/v1/province-requests", request, 404, "canbobv");
        expect(HttpMethod.GET, "/api/v1/province-requests", null, 200, "canbo", "lanhdao", "vanhoa", "tinh", "admin");
        expect(HttpMethod.GET, "/api/v1/province-requests", null, 403, "hoangduy", "mattran", "khupho1");
        expect(HttpMethod.POST, "/api/v1/province-requests", request, 201, "canbo");
        expect(HttpMethod.GET, "/api/v1/certificates", null, 200, "admin", "tinh", "lanhdao", "canbo", "vanhoa",
                "mattran", "khupho1", "hoangduy", "canbobv");
        assertThat(mismatches).isEmpty();
    }

    private void expect(HttpMethod method, String path, String body, int status, String... users) {
        for (String user : users) {
            var r = TestHttp.as(port, user, "demo").exchange(method, path, body);
            if (r.getStatusCode().value() != status) {
                mismatches.add(user + " " + method + " " + path + ": " + r.getStatusCode().value() + " ≠ " + status
                        + " " + r.getBody());
            } else if (status >= 400 && !TestHttp.isProblem(r)) {
                mismatches.add(user + " " + method + " " + path + ": not problem+json");
            }
        }
    }
}
