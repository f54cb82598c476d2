package ocop.assessment;

import ocop.PageSession;
import static ocop.assessment.AssessmentHttp.json;
import static ocop.assessment.AssessmentHttp.ok;
import static ocop.assessment.AssessmentHttp.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The chairman's meeting: the invitation (GM) names the products, time, place and units; vanhoa (a ward unit) and the
 * officer on a unit's behalf record opinions; the minutes (BB) and the Mẫu 03 report carry what was said.
 */
@OcopIntegrationTest
class MeetingTests {

    @LocalServerPort
    int port;

    @Test
    void invitationOpinionsMinutesAndTheReportCarryWhatWasSaid() {
        AssessmentHttp http = new AssessmentHttp(port);
        long dossier = http.dossierInAssessment("Lan thử nghiệm họp lấy ý kiến");
        JsonNode meeting = json(ok(http.as("canbo").post("/api/v1/meetings", """
                {"heldAt":"2026-12-01T08:30","place":"Phòng họp số 2 UBND phường","chair":"Nguyễn Văn Lãnh, Chủ tịch",
                 "units":["Phòng Văn hóa - Xã hội","Ủy ban MTTQ phường"],"dossierIds":[%d]}""".formatted(dossier)), 201));
        long id = meeting.get("id").asLong();
        long gm = meeting.get("invitation").get("id").asLong();
        String invitation = pdfText(http.bytes("canbo", "/api/v1/documents/" + gm + "/pdf").getBody());
        assertThat(invitation).contains("GIẤY MỜI", "Lan thử nghiệm họp lấy ý kiến", "Phòng họp số 2 UBND phường",
                "08 giờ 30 ngày 01/12/2026", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ phường");

        assertThat(http.as("vanhoa").get("/api/v1/notifications").getBody())
                .contains("Giấy mời họp đánh giá hồ sơ OCOP", "/meetings/" + id);
        ok(http.as("vanhoa").post("/api/v1/meetings/" + id + "/opinions", """
                {"dossierId":%d,"item":"LOCAL_IDENTITY","opinion":"Nghề trồng lan gắn với khu phố 3",
                 "conclusion":"DAT","unitName":"Phòng Văn hóa - Xã hội"}""".formatted(dossier)), 200);
        ok(http.as("canbo").post("/api/v1/meetings/" + id + "/opinions", """
                {"dossierId":%d,"item":"LOCAL_LABOUR","opinion":"Đề nghị kiểm tra danh sách bảo hiểm",
                 "unitName":"Ủy ban MTTQ phường","author":"Võ Thị Mặt"}""".formatted(dossier)), 200);
        var missingUnit = http.as("canbo").post("/api/v1/meetings/" + id + "/opinions", """
                {"dossierId":%d,"item":"LOCAL_LABOUR","opinion":"Không ghi đơn vị"}""".formatted(dossier));
        assertThat(missingUnit.getStatusCode().value()).isEqualTo(400);
        assertThat(missingUnit.getBody()).contains("unitName");
        var page = PageSession.signIn(port, "vanhoa").get("/meetings/" + id);
        assertThat(page.getBody()).contains("Nghề trồng lan gắn với khu phố 3", "Ghi ý kiến").doesNotContain("unitName");
        JsonNode view = json(http.as("vanhoa").get("/api/v1/meetings/" + id));
        assertThat(view.get("opinions")).hasSize(2);
        assertThat(view.get("opinions").get(0).get("author").asString()).isEqualTo("Phạm Văn Hóa (minh họa)");

        JsonNode bb = json(ok(http.as("canbo").post("/api/v1/meetings/" + id + "/minutes", null), 200));
        String minutes = pdfText(http.bytes("canbo", "/api/v1/documents/" + bb.get("id").asLong() + "/pdf").getBody());
        assertThat(minutes).contains("BIÊN BẢN", "Lan thử nghiệm họp lấy ý kiến",
                "Phòng Văn hóa - Xã hội (Phạm Văn Hóa (minh họa)): Nghề trồng lan gắn với khu phố 3 — Đạt",
                "Ủy ban MTTQ phường (Võ Thị Mặt): Đề nghị kiểm tra danh sách bảo hiểm", "THƯ KÝ", "CHỦ TỌA");

        JsonNode assessed = http.assessAllFour(dossier);
        assertThat(assessed.get("items").get(3).get("opinions").get(0).asString())
                .contains("Nghề trồng lan gắn với khu phố 3");
        long report = json(ok(http.as("canbo").post("/api/v1/dossiers/" + dossier + "/report", null), 201))
                .get("id").asLong();
        assertThat(pdfText(http.bytes("canbo", "/api/v1/documents/" + report + "/pdf").getBody()))
                .contains("Nghề trồng lan gắn với khu phố 3");
    }

    @Test
    void onlyDossiersBeingAssessedGoToAMeeting() {
        AssessmentHttp http = new AssessmentHttp(port);
        long submitted = http.submittedDossier("Lan thử nghiệm chưa đánh giá họp");
        var r = http.as("canbo").post("/api/v1/meetings", """
                {"heldAt":"2026-12-02T08:00","place":"Hội trường","chair":"Chủ tịch","units":["Phòng Văn hóa - Xã hội"],
                 "dossierIds":[%d]}""".formatted(submitted));
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(json(r).get("errors").get(0).get("field").asString()).isEqualTo("dossierIds[0]");
    }
}
