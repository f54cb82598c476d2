package ocop.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.documents.DocumentsHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hủy dự thảo on the document page: the form (reason and a tick to confirm) for those who may discard, its errors
 * under the fields with what was typed kept, the discarded page with reason, who and when and no edit or issue
 * buttons, and the register's "Đã hủy" filter.
 */
@OcopIntegrationTest
class DocumentDiscardPageTests {

    @LocalServerPort
    int port;

    long draft(String subject) {
        return new DocumentsHttp(port, "canbo").draftId(DocumentsHttp.reportJson(subject));
    }

    @Test
    void theFormIsShownToThoseWhoMayDiscardADraftOnly() {
        long id = draft("Trang hủy: ai thấy nút");
        assertThat(PageSession.signIn(port, "canbo").get("/documents/" + id).getBody())
                .contains("id=\"discard-form\"", "id=\"discard-toggle\"", "name=\"reason\"", "id=\"confirm\"",
                        "id=\"edit-document\"");
        assertThat(PageSession.signIn(port, "lanhdao").get("/documents/" + id).getBody())
                .contains("id=\"discard-form\"", "id=\"issue-document\"");
        assertThat(PageSession.signIn(port, "vanhoa").get("/documents/" + id).getBody())
                .doesNotContain("id=\"discard-form\"");
    }

    @Test
    void errorsAreShownUnderTheFieldsAndTheDiscardedPageSaysWhoWhenAndWhy() {
        long id = draft("Trang hủy dự thảo soạn nhầm");
        String page = "/documents/" + id;
        PageSession canbo = PageSession.signIn(port, "canbo");

        var noReason = canbo.submit(page, page + "/discard", PageSession.form("reason", "  ", "version", "0",
                "confirm", "true"));
        assertThat(noReason.getStatusCode().value()).isEqualTo(200);
        assertThat(noReason.getBody()).contains("id=\"reason-error\"", "Nhập lý do hủy dự thảo.")
                .containsPattern("<details[^>]*open[^>]*id=\"discard-panel\"|<details[^>]*id=\"discard-panel\"[^>]*open")
                .doesNotContain("id=\"confirm-error\"");

        var unconfirmed = canbo.submit(page, page + "/discard", PageSession.form("reason", "Trùng với dự thảo khác",
                "version", "0"));
        assertThat(unconfirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(unconfirmed.getBody()).contains("id=\"confirm-error\"", ">Trùng với dự thảo khác</textarea>")
                .doesNotContain("id=\"reason-error\"");
        assertThat(canbo.get(page).getBody()).as("nothing discarded yet").contains("id=\"discard-form\"")
                .doesNotContain("id=\"document-discarded\"");

        var done = canbo.submit(page, page + "/discard", PageSession.form("reason", "Trùng với dự thảo khác",
                "version", "0", "confirm", "true"));
        assertThat(done.getStatusCode().value()).isEqualTo(302);
        assertThat(PageSession.location(done)).isEqualTo(page);
        String discarded = canbo.get(page).getBody();
        assertThat(discarded).contains("Đã hủy dự thảo.", "id=\"document-discarded\"", "Dự thảo đã hủy",
                "id=\"discard-reason-shown\">Trùng với dự thảo khác<", "id=\"discarded-by\">canbo<")
                .containsPattern("id=\"discarded-at\">\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}<")
                .doesNotContain("id=\"edit-document\"", "id=\"issue-document\"", "id=\"discard-form\"");
        assertThat(PageSession.signIn(port, "lanhdao").get(page).getBody())
                .doesNotContain("id=\"issue-document\"", "id=\"discard-form\"");

        String register = canbo.get("/documents?q=trang huy du thao soan nham").getBody();
        assertThat(register).doesNotContain("href=\"/documents/" + id + "\"");
        assertThat(canbo.get("/documents?q=trang huy du thao soan nham&status=DISCARDED").getBody())
                .contains("href=\"/documents/" + id + "\"", "Đã hủy");
    }

    @Test
    void aConflictComesBackAsTheMessageOnThePage() {
        long id = draft("Trang hủy: đã ban hành trước");
        String page = "/documents/" + id;
        PageSession canbo = PageSession.signIn(port, "canbo");
        String before = canbo.get(page).getBody();
        assertThat(new DocumentsHttp(port, "lanhdao").issue(id).getStatusCode().value()).isEqualTo(200);
        var refused = canbo.post(page + "/discard", PageSession.form("_csrf", PageSession.csrf(before), "reason",
                "Hủy muộn", "version", "0", "confirm", "true"));
        assertThat(refused.getStatusCode().value()).isEqualTo(302);
        assertThat(canbo.get(page).getBody()).contains("alert-danger", "văn bản thay thế", "Đã ban hành")
                .doesNotContain("id=\"discard-form\"");
    }
}
