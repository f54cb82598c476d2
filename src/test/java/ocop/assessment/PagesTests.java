package ocop.assessment;

import ocop.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The pages in a signed-in session: the work list, the four items (saved by form), meetings, requests, results. */
@OcopIntegrationTest
class PagesTests {

    @LocalServerPort
    int port;

    @Test
    void theOfficerAssessesByFormAndSeesTheWorkList() {
        long id = new AssessmentHttp(port).dossierInAssessment("Lan thử nghiệm trang đánh giá");
        PageSession canbo = PageSession.signIn(port, "canbo");
        var list = canbo.get("/assessments");
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains("Đánh giá tại phường", "Lan thử nghiệm trang đánh giá", "ngày làm việc");
        String path = "/dossiers/" + id + "/assessment";
        var page = canbo.get(path);
        assertThat(page.getBody()).contains("1. Về sử dụng nguyên liệu địa phương", "4. Bản sắc/trí tuệ địa phương",
                "Vườn ươm trong phường", "Còn ", "Lưu đánh giá");

        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("version", "0");
        form.add("findings-1", "Giống lan mua trong phường");
        form.add("conclusion-1", "KHONG_CO");
        var invalid = canbo.submit(path, path, form);
        assertThat(invalid.getStatusCode().value()).isEqualTo(200);
        assertThat(invalid.getBody()).contains("Kết luận không thuộc danh mục", "Giống lan mua trong phường");

        MultiValueMap<String, Object> good = new LinkedMultiValueMap<>();
        good.add("version", "0");
        for (int n = 1; n <= 4; n++) {
            good.add("findings-" + n, "Nhận xét nội dung " + n);
            good.add("conclusion-" + n, "DAT");
        }
        var saved = canbo.submit(path, path, good);
        assertThat(saved.getStatusCode().value()).isEqualTo(302);
        assertThat(canbo.get(path).getBody()).contains("Nhận xét nội dung 4", "Soạn báo cáo Mẫu 03");
    }

    @Test
    void meetingsRequestsResultsAndCertificatesPagesRender() {
        PageSession canbo = PageSession.signIn(port, "canbo");
        assertThat(canbo.get("/meetings").getBody()).contains("Họp lấy ý kiến các đơn vị");
        assertThat(canbo.get("/province-requests").getBody()).contains("Văn bản đề nghị gửi tỉnh");
        assertThat(canbo.get("/certificates").getBody()).contains("Giấy chứng nhận OCOP");
        long sent = new AssessmentHttp(port).dossierInAssessment("Lan thử nghiệm trang kết quả");
        var result = PageSession.signIn(port, "tinh").get("/dossiers/" + sent + "/result");
        assertThat(result.getStatusCode().value()).isEqualTo(200);
        assertThat(result.getBody()).contains("Kết quả đánh giá, phân hạng", "Không có kết quả nào cần ghi nhận");
        assertThat(PageSession.signIn(port, "hoangduy").get("/meetings").getStatusCode().value()).isEqualTo(403);
    }
}
