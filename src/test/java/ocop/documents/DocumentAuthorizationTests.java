package ocop.documents;

import static ocop.documents.DocumentsHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may draft, issue and read: officers draft, only leaders issue, other wards see nothing, producers nothing. */
@OcopIntegrationTest
class DocumentAuthorizationTests {

    @LocalServerPort
    int port;

    DocumentsHttp as(String user) {
        return new DocumentsHttp(port, user);
    }

    @Test
    void aProducerMayNotDraftNorReadTheRegister() {
        var draft = as("hoangduy").draft(DocumentsHttp.reportJson("Chủ thể tự soạn"));
        assertThat(draft.getStatusCode().value()).isEqualTo(403);
        long id = as("canbo").draftId(DocumentsHttp.reportJson("Không cho chủ thể xem"));
        assertThat(as("hoangduy").http().get("/api/v1/documents/" + id).getStatusCode().value()).isEqualTo(403);
        assertThat(as("hoangduy").http().get("/api/v1/documents").getStatusCode().value()).isEqualTo(403);
        assertThat(as("hoangduy").bytes("/api/v1/documents/" + id + "/pdf").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anOfficerMayNotIssueNorMayALeaderDraft() {
        long id = as("canbo").draftId(DocumentsHttp.reportJson("Cán bộ không tự ban hành"));
        var byOfficer = as("canbo").issue(id);
        assertThat(byOfficer.getStatusCode().value()).isEqualTo(403);
        assertThat(json(byOfficer).get("detail").asString()).contains("lãnh đạo");
        assertThat(as("lanhdao").draft(DocumentsHttp.reportJson("Lãnh đạo soạn")).getStatusCode().value()).isEqualTo(403);
        assertThat(as("vanhoa").issue(id).getStatusCode().value()).isEqualTo(403);
        assertThat(json(as("canbo").http().get("/api/v1/documents/" + id)).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void anotherWardSeesNothingAndTheProvinceReadsItsWards() {
        long id = as("canbo").draftId(DocumentsHttp.reportJson("Chỉ phường Long Khánh thấy"));
        assertThat(as("canbobv").http().get("/api/v1/documents/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(as("canbobv").http().put("/api/v1/documents/" + id, DocumentsHttp.reportJson("x")).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(as("canbobv").bytes("/api/v1/documents/" + id + "/docx").getStatusCode().value()).isEqualTo(404);
        assertThat(json(as("canbobv").http().get("/api/v1/documents?q=chi phuong long khanh")).get("total")
                .asLong()).isZero();
        assertThat(as("tinh").http().get("/api/v1/documents/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(as("vanhoa").http().get("/api/v1/documents/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(as("tinh").issue(id).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anonymousCallersAreAskedToSignInAndTheApiIsDocumentedInVietnamese() {
        assertThat(ocop.TestHttp.anonymous(port).get("/api/v1/documents").getStatusCode().value()).isEqualTo(401);
        String docs = ocop.TestHttp.anonymous(port).get("/v3/api-docs").getBody();
        assertThat(docs).contains("\"/api/v1/documents/{id}/issue\"", "\"/api/v1/documents/{id}/pdf\"",
                "\"/api/v1/documents/{id}/docx\"", "\"/api/v1/documents/{id}/discard\"", "Văn bản", "Ban hành",
                "Hủy dự thảo", "Lý do hủy dự thảo (bắt buộc)");
    }
}
