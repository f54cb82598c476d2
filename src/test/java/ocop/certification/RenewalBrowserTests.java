package ocop.certification;

import static ocop.BrowserSteps.fillMau02;
import static ocop.BrowserSteps.keepFailure;
import static ocop.BrowserSteps.missingRequired;
import static ocop.BrowserSteps.press;
import static ocop.BrowserSteps.status;
import static ocop.BrowserSteps.submit;
import static ocop.BrowserSteps.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.Browser;
import ocop.BrowserSteps;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * From a renewal reminder to a submitted re-evaluation dossier in a real browser (issue 6). The fixture is a product
 * of its own (unique name) of the household "Mật ong Suối Tre", which has no account so the ward officer canbo acts
 * for it: recognised 3★ about 150 days before today's window, with a previous dossier whose papers are a business
 * registration and a labour list (no expiry), a food-safety certificate that has expired, a quality declaration that
 * lapses before the expected council date and a test report still valid then. The admin runs the daily job; canbo
 * follows the reminder to the certificate, which lists the two papers to replace, opens the re-evaluation dossier (the
 * valid papers are reused, the lapsing one is flagged "cần thay thế"), replaces that one, uploads the missing ones,
 * fills the 3-year update of Mẫu 02 and submits: the dossier shows "Đã nộp" with its registration number and today's
 * receipt, and the certificate shows the open re-evaluation. The dossier is withdrawn afterwards.
 */
@OcopIntegrationTest
class RenewalBrowserTests {

    private static final String PRODUCER = "Hộ kinh doanh Mật ong Suối Tre (minh họa)";
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void fromAReminderToASubmittedReevaluationDossier() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String product = "Mật ong rừng tràm Thử nghiệm đánh giá lại " + (System.nanoTime() % 100_000);
        Fixture f = fixture(product, today);

        TestHttp admin = TestHttp.as(port, "admin", "demo");
        assertThat(admin.post("/api/v1/certificates/lifecycle/run", null).getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM access.notification WHERE link = :l")
                .param("l", "/certificates/" + f.certificate()).query(Integer.class).single()).isPositive();

        Path dir = Files.createTempDirectory("ocop-renewal-");
        Long dossier = null;
        try (Browser browser = Browser.open(port, 1280, 900)) {
            try {
                // 1. the reminder leads canbo to the certificate, which names the papers to replace
                browser.signIn("canbo", "demo");
                browser.click(By.cssSelector("a[href$='/notifications']"));
                browser.click(By.xpath("//a[contains(@href, '/notifications/') and contains(., '" + product + "')]"));
                browser.waitFor(By.id("certificate-number"));
                assertThat(browser.driver().getCurrentUrl()).endsWith("/certificates/" + f.certificate());
                assertThat(browser.text(By.id("renewal"))).contains("Ngày hội đồng tỉnh dự kiến");
                String council = browser.text(By.id("council-date"));
                assertThat(browser.text(By.id("renewal-replace"))).contains("E02", "đã hết hạn", "E11", "cần thay thế")
                        .doesNotContain("E12");
                browser.screenshot("renewal-01-certificate");

                // 2. one click opens the re-evaluation dossier, with the previous dossier's valid papers
                press(browser, By.id("open-reevaluation"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().matches(".*/dossiers/\\d+$"));
                dossier = BrowserSteps.number(browser.driver().getCurrentUrl(), "/dossiers/(\\d+)$");
                browser.waitFor(By.id("checklist"));
                assertThat(browser.text(By.xpath("//dt[normalize-space()='Loại hồ sơ']/following-sibling::dd[1]")))
                        .isEqualTo("Đánh giá, phân hạng lại");
                assertThat(status(browser)).isEqualTo("Nháp");
                assertThat(browser.text(By.id("item-E01"))).contains("e01-dang-ky-kinh-doanh.pdf");
                assertThat(browser.text(By.id("item-E12"))).contains("e12-kiem-nghiem.pdf").doesNotContain("cần thay thế");
                assertThat(browser.text(By.id("item-E02"))).contains("Chưa có");
                assertThat(browser.text(By.id("item-E11"))).contains("e11-cong-bo-cu.pdf", "cần thay thế");
                assertThat(browser.text(By.cssSelector("#reuse-note strong"))).isEqualTo(council);
                scrollTo(browser, "item-E05");
                browser.screenshot("renewal-02-dossier-opened");

                // 3. the lapsing paper is replaced, the missing ones uploaded
                press(browser, By.xpath("//tr[@id='item-E11']//li[.//a[normalize-space()='e11-cong-bo-cu.pdf']]"
                        + "//button[normalize-space()='Gỡ']"));
                browser.settling()
                        .until(d -> !d.findElement(By.id("item-E11")).getText().contains("e11-cong-bo-cu.pdf"));
                upload(browser, dir, "E11", "e11-cong-bo-moi.pdf", today.plusYears(3));
                assertThat(browser.text(By.id("item-E11"))).doesNotContain("cần thay thế");
                List<String> missing = missingRequired(browser);
                assertThat(missing).contains("E02").doesNotContain("E01", "E05", "E11", "E12");
                for (String item : missing) {
                    boolean limited = browser.text(By.id("item-" + item)).contains("Có thời hạn");
                    upload(browser, dir, item, item.toLowerCase() + "-moi.pdf", limited ? today.plusYears(2) : null);
                }
                assertThat(missingRequired(browser)).isEmpty();
                scrollTo(browser, "evidence");
                browser.screenshot("renewal-03-evidence");

                // 4. Mẫu 02 with the 3-year update (Điều 6.1.c)
                fillMau02(browser, mau02());
                browser.screenshot("renewal-04-forms-saved");

                // 5. submitted and received by the ward
                String registrationNo = submit(browser);
                assertThat(browser.text(By.xpath("//dt[normalize-space()='Ngày tiếp nhận']/following-sibling::dd[1]")))
                        .isEqualTo(today.format(VN));
                assertThat(browser.text(By.id("mau-02"))).contains("Ong nội 120 thùng", "1,2 tấn mật");

                // 6. the certificate shows the re-evaluation in progress and offers no second one
                browser.go("/certificates/" + f.certificate());
                assertThat(browser.text(By.id("renewal-open"))).contains("Đánh giá, phân hạng lại");
                assertThat(browser.driver().findElements(By.id("open-reevaluation"))).isEmpty();

                browser.go("/dossiers/" + dossier);
                BrowserSteps.waitForStatus(browser, "Đã nộp");
                assertThat(browser.text(By.id("registration-no"))).isEqualTo(registrationNo);
                browser.screenshot("renewal-05-submitted");
            } catch (RuntimeException | AssertionError e) {
                keepFailure(browser, "renewal-99-failure");
                throw e;
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            if (dossier != null) {
                TestHttp canbo = TestHttp.as(port, "canbo", "demo");
                var again = canbo.post("/api/v1/certificates/" + f.certificate() + "/reevaluation", null);
                assertThat(again.getStatusCode().value()).isEqualTo(409);
                assertThat(again.getBody()).contains("đã có một hồ sơ đánh giá, phân hạng lại đang mở");
                assertThat(canbo.post("/api/v1/dossiers/" + dossier + "/withdraw", "{\"note\":\"Kiểm thử\"}")
                        .getStatusCode().value()).isEqualTo(200);
            }
        }
    }

    private static void scrollTo(Browser browser, String id) {
        BrowserSteps.js(browser, "document.getElementById(arguments[0]).scrollIntoView({block: 'start', "
                + "behavior: 'instant'});", id);
    }

    private static Map<String, String> mau02() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("p1.productSpec", "Mật ong rừng tràm chai 500 ml, nhãn song ngữ, TCCS 02:2026/MO");
        fields.put("p1.history", "Hộ nuôi ong từ năm 2010, đăng ký hộ kinh doanh năm 2020");
        fields.put("p2.rawMaterialsTechnology", "Ong nội 120 thùng tại rừng tràm Suối Tre; quay ly tâm, lọc, hạ thủy phần");
        fields.put("p2.market", "Chợ Long Khánh, 8 cửa hàng OCOP trong tỉnh");
        fields.put("p2.revenueProfit", "900 triệu đồng năm 2026, lãi 20%");
        fields.put("p4.plan", "Thêm 50 thùng ong, đăng ký nhãn hiệu tập thể");
        fields.put("reeval.rawMaterials", "Ong nội 120 thùng (2023: 80 thùng), thêm vùng hoa cà phê liên kết");
        fields.put("reeval.technology", "Máy hạ thủy phần chân không thay phơi nắng");
        fields.put("reeval.packagingLabels", "Chai thủy tinh 500 ml, nhãn song ngữ Việt - Anh có mã QR");
        fields.put("reeval.qualityDeclaration", "Bản tự công bố số 02/2026/MO ngày 05/01/2026");
        fields.put("reeval.periodicTests", "Phiếu kiểm nghiệm định kỳ tháng 6/2026 đạt");
        fields.put("reeval.markets", "Thêm 2 siêu thị ở Biên Hòa");
        fields.put("reeval.output", "1,2 tấn mật mỗi năm (2023: 0,8 tấn)");
        fields.put("reeval.revenue", "900 triệu đồng năm 2026 (2023: 600 triệu đồng)");
        fields.put("samples.count", "5");
        return fields;
    }

    /** The fixture's certificate and the previous dossier it came from. */
    record Fixture(long productId, long previousDossier, long certificate) {
    }

    /**
     * A product of its own, recognised 3★ so that its certificate ends about 150 days from today (its window is open),
     * with a previous dossier (withdrawn) holding the papers the re-evaluation reuses or replaces.
     */
    private Fixture fixture(String product, LocalDate today) throws IOException {
        TestHttp canbo = TestHttp.as(port, "canbo", "demo");
        long producer = jdbc.sql("SELECT id FROM registry.producer WHERE name = :n").param("n", PRODUCER)
                .query(Long.class).single();
        long productId = id(canbo.post("/api/v1/products", """
                {"producerId": %d, "name": "%s", "classificationCode": "I.2.b",
                 "description": "Mật ong rừng tràm nguyên chất", "rawMaterials": "Mật ong",
                 "rawMaterialOrigin": "Đàn ong nuôi tại rừng tràm Suối Tre"}""".formatted(producer, product)));
        LocalDate issued = today.plusDays(150).minusMonths(36);
        ok(canbo.post("/api/v1/products/" + productId + "/stars", """
                {"stars": 3, "score": 61.5, "decisionNo": "T-DGL/QĐ-UBND", "decisionDate": "%s", "level": "PROVINCE"}"""
                .formatted(issued)));
        // a later round than the one a new dossier takes by default: a withdrawn dossier still holds its round
        long previous = id(canbo.post("/api/v1/dossiers", "{\"productId\": " + productId
                + ", \"kind\": \"UPGRADE\", \"year\": " + (today.getYear() + 1) + ", \"round\": 2}"));
        evidence(previous, "E01", "e01-dang-ky-kinh-doanh.pdf", null);
        evidence(previous, "E02", "e02-attp-het-han.pdf", today.minusDays(10));
        evidence(previous, "E05", "e05-lao-dong.pdf", null);
        evidence(previous, "E11", "e11-cong-bo-cu.pdf", today.plusDays(60));
        evidence(previous, "E12", "e12-kiem-nghiem.pdf", today.plusDays(800));
        ok(canbo.post("/api/v1/dossiers/" + previous + "/withdraw", "{\"note\":\"Hồ sơ trước (kiểm thử)\"}"));
        long certificate = CertificateFixtures.recognised(jdbc, events, accounts, previous, productId, producer, 3,
                issued);
        return new Fixture(productId, previous, certificate);
    }

    private void evidence(long dossierId, String item, String fileName, LocalDate expiresOn) throws IOException {
        Path file = BrowserSteps.pdf(Files.createTempDirectory("ocop-evidence-"), fileName);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        Files.delete(file.getParent());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        parts.add("itemCode", item);
        parts.add("issuer", "Cơ quan cấp (kiểm thử)");
        parts.add("number", "01/" + item);
        if (expiresOn != null) {
            parts.add("expiresOn", expiresOn.toString());
        }
        ResponseEntity<String> r = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("canbo", "demo")).build().post()
                .uri("/api/v1/dossiers/" + dossierId + "/evidence").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        ok(r);
    }

    private long id(ResponseEntity<String> r) {
        ok(r);
        JsonNode body = json.readTree(r.getBody());
        return body.get("id").asLong();
    }

    private static void ok(ResponseEntity<String> r) {
        assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getStatusCode() + " " + r.getBody()).isTrue();
    }
}
