package ocop.dossier;

import ocop.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;

/**
 * The dossier pages as the people of phường Long Khánh see them: dashboards, the dossier page with the buttons of
 * their role only, Mẫu 02 with its stale-edit conflict, returns with reasons, versions, print, documents.
 */
@OcopIntegrationTest
class DossierPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private DossierFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DossierFixtures(port, context);
    }

    @Test
    void theDashboardsShowWhatWaitsOnWhom() {
        var officer = PageSession.signIn(port, "canbo").get("/dossiers");
        assertThat(officer.getStatusCode().value()).isEqualTo(200);
        assertThat(officer.getBody()).contains("Hạn gửi tỉnh gần nhất", "Chờ ai xử lý", "Thời hạn 15 ngày làm việc");
        var drafts = PageSession.signIn(port, "canbo").get("/dossiers?status=DRAFT");
        assertThat(drafts.getBody()).contains("Giò chả", "Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi");
        var producer = PageSession.signIn(port, "hoangduy").get("/dossiers");
        assertThat(producer.getBody()).contains("Hồ sơ của tôi", "Việc cần làm", "Giò chả")
                .doesNotContain("Cordyceps");
    }

    @Test
    void eachRoleSeesOnlyItsButtons() {
        long draft = fixtures.inState("DRAFT");
        String mine = PageSession.signIn(port, "hoangduy").get("/dossiers/" + draft).getBody();
        assertThat(mine).contains("id=\"action-submit\"", "Tài liệu minh chứng", "Hồ sơ đủ các thành phần bắt buộc",
                "id=\"evidence-form\"", "Nháp", "Lần đầu").doesNotContain("id=\"action-start-assessment\"", "??");
        long submitted = fixtures.inState("SUBMITTED");
        String officer = PageSession.signIn(port, "canbo").get("/dossiers/" + submitted).getBody();
        assertThat(officer).contains("id=\"action-start-assessment\"", "id=\"return-form\"", "Còn 1")
                .doesNotContain("id=\"action-issue-report\"", "id=\"evidence-form\"");
        long assessing = fixtures.inState("WARD_ASSESSMENT");
        assertThat(PageSession.signIn(port, "lanhdao").get("/dossiers/" + assessing).getBody())
                .contains("id=\"action-issue-report\"");
        assertThat(PageSession.signIn(port, "minhduc").get("/dossiers/" + draft).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aStaleMau02EditIsAConflictAndKeepsWhatWasTyped() {
        long id = fixtures.inState("DRAFT");
        PageSession page = PageSession.signIn(port, "hoangduy");
        assertThat(page.get("/dossiers/" + id + "/forms").getBody()).contains("Phần II", "p2.market");
        int version = new DossierHttp(port, "hoangduy").version(id);
        var saved = page.post("/dossiers/" + id + "/forms", PageSession.form("version", version, "p2.market", "Bản đầu"));
        assertThat(saved.getStatusCode().value()).isEqualTo(302);
        var stale = page.post("/dossiers/" + id + "/forms", PageSession.form("version", version, "p2.market", "Bản thứ hai"));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).contains("vừa được người khác cập nhật", "Bản thứ hai");
    }

    @Test
    void anIncompleteSubmissionListsWhatIsMissingAndAReturnCarriesReasons() {
        long id = new DossierHttp(port, "hoangduy").newDossier(fixtures.product());
        PageSession producer = PageSession.signIn(port, "hoangduy");
        producer.get("/dossiers/" + id);
        var refused = producer.post("/dossiers/" + id + "/actions/submit", PageSession.form());
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("Chưa thực hiện được", "Thiếu minh chứng: Giấy đăng ký kinh doanh");

        long submitted = fixtures.inState("SUBMITTED");
        PageSession officer = PageSession.signIn(port, "canbo");
        officer.get("/dossiers/" + submitted);
        var returned = officer.post("/dossiers/" + submitted + "/return",
                PageSession.form("item", "E12", "reason", "Phiếu kiểm nghiệm đã quá 12 tháng.", "item", "general", "reason", ""));
        assertThat(returned.getStatusCode().value()).isEqualTo(302);
        assertThat(PageSession.signIn(port, "hoangduy").get("/dossiers/" + submitted).getBody())
                .contains("UBND phường trả lại hồ sơ để bổ sung", "Phiếu kiểm nghiệm đã quá 12 tháng.");
    }

    @Test
    void aBadUploadComesBackAsThePageWithTheMessage() {
        long id = fixtures.inState("DRAFT");
        PageSession page = PageSession.signIn(port, "hoangduy");
        page.get("/dossiers/" + id);
        var response = page.multipart("/dossiers/" + id + "/evidence", PageSession.form("itemCode", "E01", "file",
                new ByteArrayResource("không phải tệp PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return "giay-phep.pdf";
                    }
                }));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("Chỉ nhận tệp PDF");
    }

    @Test
    void versionsPrintAndTheDraftDocumentOfMau01() {
        long id = fixtures.inState("RETURNED");
        DossierHttp hoangduy = new DossierHttp(port, "hoangduy");
        hoangduy.ok(hoangduy.put("/api/v1/dossiers/" + id + "/forms", java.util.Map.of("fields",
                java.util.Map.of("p2.market", "Thêm 12 đại lý"))));
        hoangduy.act(id, "resubmit", java.util.Map.of());
        PageSession officer = PageSession.signIn(port, "canbo");
        assertThat(officer.get("/dossiers/" + id + "/versions").getBody()).contains("Từ lần 1 đến lần 2", "Thêm 12 đại lý");
        assertThat(officer.get("/dossiers/" + id + "/print").getBody()).contains("PHIẾU ĐĂNG KÝ",
                "BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM", "PĐK-75-26080");
        officer.get("/dossiers/" + id);
        var drafted = officer.post("/dossiers/" + id + "/documents/mau-01", PageSession.form());
        assertThat(drafted.getStatusCode().value()).isEqualTo(302);
        String documentPath = PageSession.location(drafted);
        assertThat(documentPath).startsWith("/documents/");
        var pdf = new DossierHttp(port, "canbo").get("/api/v1" + documentPath + "/pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    }
}
