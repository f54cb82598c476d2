package ocop.criteria.web;

import ocop.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The pages without a browser: the administrators' import page, the live summary fragment, the print view. */
@OcopIntegrationTest
class CriteriaPagesTests {

    @LocalServerPort
    int port;

    @Test
    void theImportPageListsEveryErrorAtOnceAndCommitsAValidFile() {
        PageSession admin = PageSession.signIn(port, "admin");
        var list = admin.get("/admin/criteria-sheets");
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains("QD26-08", "Chưa", "Đóng gói");

        String text = TestHttp.as(port, "admin", "demo").get("/api/v1/criteria-sheets/QD26-23").getBody();
        String broken = text.replaceFirst("\"max\": 40", "\"max\": 41")
                .replaceFirst("\"appliesTo\": \\[\\s*\"[^\"]+\"", "\"appliesTo\": [\"IX.9.z\"");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", CriteriaHttp.file("hong.json", broken.getBytes(StandardCharsets.UTF_8)));
        var preview = admin.submit("/admin/criteria-sheets", "/admin/criteria-sheets/preview",
                MediaType.MULTIPART_FORM_DATA, form);
        assertThat(preview.getStatusCode().value()).isEqualTo(200);
        assertThat(preview.getBody()).contains("id=\"import-errors\"", "IX.9.z", "phải là 40, đang là 41")
                .doesNotContain("commit-form");

        String changed = text.replace("\"checkedAgainstSignedText\": false", "\"checkedAgainstSignedText\": true");
        form = new LinkedMultiValueMap<>();
        form.add("file", CriteriaHttp.file("doi-chieu.json", changed.getBytes(StandardCharsets.UTF_8)));
        var good = admin.submit("/admin/criteria-sheets", "/admin/criteria-sheets/preview",
                MediaType.MULTIPART_FORM_DATA, form);
        assertThat(good.getBody()).contains("commit-form", "đã đối chiếu văn bản ký", "0 tiêu chí thay đổi");
        String json = org.springframework.web.util.HtmlUtils.htmlUnescape(good.getBody()
                .replaceAll("(?s).*<textarea name=\"json\" hidden>(.*?)</textarea>.*", "$1"));
        MultiValueMap<String, Object> commit = new LinkedMultiValueMap<>();
        commit.add("json", json);
        commit.add("fileName", "doi-chieu.json");
        commit.add("basedOnVersion", "1");
        commit.add("_csrf", PageSession.csrf(good.getBody()));
        var stored = admin.post("/admin/criteria-sheets/import", MediaType.APPLICATION_FORM_URLENCODED, commit);
        assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(302);
        assertThat(admin.get("/admin/criteria-sheets").getBody()).contains("Đã nhập bộ tiêu chí QD26-23 phiên bản 2",
                "Đã đối chiếu");
    }

    @Test
    void theImportPageIsForAdministratorsOnly() {
        assertThat(PageSession.signIn(port, "canbo").get("/admin/criteria-sheets").getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void theSummaryFragmentScoresTheFormWithoutSaving() {
        PageSession producer = PageSession.signIn(port, "hoangduy");
        long gioCha = CriteriaHttp.productId(TestHttp.as(port, "hoangduy", "demo"), "Giò chả");
        String page = "/products/" + gioCha + "/self-assessment";
        var html = producer.get(page);
        assertThat(html.getStatusCode().value()).isEqualTo(200);
        assertThat(html.getBody()).contains("QD26-08", "name=\"answer.1.1\"", "tối thiểu 3★", "Phường nhận xét",
                "Hồ sơ bị loại khi", "id=\"summary\"");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("answer.1.1", "c");
        form.add("answer.1.2", "c");
        var fragment = producer.submit(page, page + "/summary", MediaType.APPLICATION_FORM_URLENCODED, form);
        assertThat(fragment.getStatusCode().value()).isEqualTo(200);
        assertThat(fragment.getBody()).startsWith("<aside").contains("<strong id=\"sa-total\">5</strong>",
                "Còn 30 tiêu chí chưa chọn");
        assertThat(PageSession.signIn(port, "minhduc").get(page).getStatusCode().value()).isEqualTo(404);

        var readOnly = PageSession.signIn(port, "lanhdao").get(page);
        assertThat(readOnly.getStatusCode().value()).isEqualTo(200);
        assertThat(readOnly.getBody()).contains("Bạn chỉ được xem phiếu này", "class=\"sa-sheet\" disabled")
                .doesNotContain("hx-post=\"/products/" + gioCha + "/self-assessment/summary\"", "id=\"sa-save\"");
    }

    @Test
    void theListShowsTheAssessmentsInScopeOnly() {
        TestHttp hoangduy = TestHttp.as(port, "hoangduy", "demo");
        long gioCha = CriteriaHttp.productId(hoangduy, "Giò chả");
        assertThat(hoangduy.put("/api/v1/products/" + gioCha + "/self-assessment", "{\"answers\": {\"1.1\": \"b\"}}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(PageSession.signIn(port, "hoangduy").get("/self-assessments").getBody())
                .contains("id=\"assessment-table\"", "Giò chả", "QD26-08 v1");
        assertThat(PageSession.signIn(port, "canbo").get("/self-assessments").getBody()).contains("Giò chả");
        assertThat(PageSession.signIn(port, "minhduc").get("/self-assessments").getBody()).doesNotContain("Giò chả");
        assertThat(PageSession.signIn(port, "canbobv").get("/self-assessments").getBody()).doesNotContain("Giò chả");
        long id = CriteriaHttp.json(hoangduy.get("/api/v1/products/" + gioCha + "/self-assessment")).get("id").asLong();
        var print = PageSession.signIn(port, "hoangduy").get("/self-assessments/" + id + "/print");
        assertThat(print.getBody()).contains("Phần III", "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP");
        assertThat(PageSession.signIn(port, "minhduc").get("/self-assessments/" + id + "/print").getStatusCode().value())
                .isEqualTo(404);
    }
}
