package ocop.assessment;

import ocop.PageSession;
import static ocop.assessment.AssessmentHttp.json;
import static ocop.assessment.AssessmentHttp.ok;
import static ocop.assessment.AssessmentHttp.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * From the four items to the certificate: Mẫu 03 names the product and the four items, lanhdao's issue moves the
 * dossier, the request to the province moves it on, the ZIP holds what the province needs, and tinh's 3★ result
 * leaves a certificate valid 36 months.
 */
@OcopIntegrationTest
class PipelineTests {

    @LocalServerPort
    int port;

    @Test
    void reportRequestPackageResultAndCertificate() throws IOException {
        AssessmentHttp http = new AssessmentHttp(port);
        String product = "Lan thử nghiệm Đường Đồng";
        long id = http.dossierInAssessment(product);
        http.assessAllFour(id);
        long report = json(ok(http.as("canbo").post("/api/v1/dossiers/" + id + "/report", null), 201)).get("id").asLong();
        String text = pdfText(http.bytes("canbo", "/api/v1/documents/" + report + "/pdf").getBody());
        assertThat(text).contains("BÁO CÁO", product, "THÔNG TIN CHUNG VỀ HỒ SƠ SẢN PHẨM",
                "1. Về sử dụng nguyên liệu địa phương", "2. Về sử dụng lao động địa phương",
                "3. Nguồn gốc ý tưởng sản phẩm", "4. Bản sắc/trí tuệ địa phương", "Nguyễn Văn Thử",
                "Ủy ban nhân dân phường Long Khánh đề nghị Ủy ban nhân dân tỉnh Đồng Nai đánh giá, phân hạng sản phẩm "
                        + "OCOP cho sản phẩm " + product + " của Trang trại Thử nghiệm");
        assertThat(http.as("canbo").post("/api/v1/dossiers/" + id + "/report/issue", null).getStatusCode().value())
                .isEqualTo(403);
        JsonNode issued = json(ok(http.as("lanhdao").post("/api/v1/dossiers/" + id + "/report/issue", null), 200));
        assertThat(issued.get("number").asString()).contains("/BC-");
        assertThat(status(http, id)).isEqualTo("REPORT_ISSUED");
        assertThat(pdfText(http.bytes("canbo", "/api/v1/documents/" + report + "/pdf").getBody()))
                .contains("TM. ỦY BAN NHÂN DÂN");

        JsonNode request = json(ok(http.as("canbo").post("/api/v1/province-requests",
                "{\"dossierIds\":[" + id + "]}"), 201));
        long requestDoc = request.get("documentId").asLong();
        assertThat(pdfText(http.bytes("canbo", "/api/v1/documents/" + requestDoc + "/pdf").getBody()))
                .contains("Đề nghị đánh giá, phân hạng sản phẩm OCOP năm", product, issued.get("number").asString());
        ok(http.as("lanhdao").post("/api/v1/documents/" + requestDoc + "/issue", null), 200);
        assertThat(status(http, id)).isEqualTo("SENT_TO_PROVINCE");

        Map<String, byte[]> zip = unzip(http.bytes("tinh", "/api/v1/dossiers/" + id + "/package.zip").getBody());
        assertThat(zip.keySet()).contains("00_MucLuc_LanThuNghiemDuongDong.pdf",
                "01_Mau03_BaoCao_LanThuNghiemDuongDong.pdf", "02_VanBanDeNghi_LanThuNghiemDuongDong.pdf");
        assertThat(zip.keySet()).filteredOn(n -> n.contains("_MinhChung_")).hasSize(3)
                .anyMatch(n -> n.matches("\\d{2}_MinhChung_E01_MinhChungE01BanChup\\.pdf"));
        assertThat(zip.keySet()).allMatch(n -> n.matches("[A-Za-z0-9_.]+"));
        String index = pdfText(zip.get("00_MucLuc_LanThuNghiemDuongDong.pdf"));
        assertThat(index).contains("MỤC LỤC HỒ SƠ SẢN PHẨM OCOP", product);
        assertThat(index.replace(" ", "")).contains("01_Mau03_BaoCao_LanThuNghiemDuongDong.pdf",
                "03_MinhChung_E01_MinhChungE01BanChup.pdf");

        LocalDate issuedOn = LocalDate.now().minusDays(3);
        JsonNode result = json(ok(http.as("tinh").post("/api/v1/dossiers/" + id + "/result", """
                {"score":64.5,"stars":3,"decisionNo":"999/QĐ-UBND","decisionDate":"%s","certificateNo":"GCN-THU-%d",
                 "certificateIssuedOn":"%s"}""".formatted(issuedOn, id, issuedOn)), 200));
        assertThat(result.get("status").asString()).isEqualTo("RECOGNISED");
        long productId = result.get("productId").asLong();
        assertThat(json(http.as("canbo").get("/api/v1/products/" + productId)).get("currentStars").asInt()).isEqualTo(3);
        JsonNode certificates = json(http.as("canbo").get("/api/v1/certificates?product=" + productId));
        assertThat(certificates).hasSize(1);
        assertThat(json(http.as("hoangduy").get("/api/v1/certificates?product=" + productId))).isEmpty();
        assertThat(json(http.as("canbobv").get("/api/v1/certificates"))).noneMatch(x -> x.get("productId").asLong() == productId);
        assertThat(json(http.as("tinh").get("/api/v1/certificates?product=" + productId))).hasSize(1);
        JsonNode c = certificates.get(0);
        assertThat(c.get("number").asString()).isEqualTo("GCN-THU-" + id);
        assertThat(c.get("stars").asInt()).isEqualTo(3);
        assertThat(c.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(c.get("issuedOn").asString()).isEqualTo(issuedOn.toString());
        assertThat(c.get("validUntil").asString()).isEqualTo(issuedOn.plusMonths(36).toString());
        assertThat(c.get("productName").asString()).isEqualTo(product);
        var page = PageSession.signIn(port, "canbo").get("/certificates/" + c.get("id").asLong());
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains(product, "GCN-THU-" + id, "Còn hiệu lực");
    }

    private static String status(AssessmentHttp http, long id) {
        return json(http.as("canbo").get("/api/v1/dossiers/" + id + "/assessment")).get("dossier").get("status").asString();
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }
}
