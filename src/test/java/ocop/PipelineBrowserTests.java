package ocop;

import static ocop.BrowserSteps.as;
import static ocop.BrowserSteps.date;
import static ocop.BrowserSteps.fillMau02;
import static ocop.BrowserSteps.js;
import static ocop.BrowserSteps.keepFailure;
import static ocop.BrowserSteps.missingRequired;
import static ocop.BrowserSteps.number;
import static ocop.BrowserSteps.pdf;
import static ocop.BrowserSteps.press;
import static ocop.BrowserSteps.settled;
import static ocop.BrowserSteps.status;
import static ocop.BrowserSteps.submit;
import static ocop.BrowserSteps.upload;
import static ocop.BrowserSteps.waitForChange;
import static ocop.BrowserSteps.waitForStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ocop.criteria.TestSheets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The ward's whole pipeline in a real browser (issue 5, "Demo data and tests"): hoangduy registers a new product idea
 * ("Chả lụa Thử nghiệm Đường đi", I.3.d), canbo accepts it and then its business plan, hoangduy fills the
 * self-assessment, opens a first dossier, fills Mẫu 02, uploads the required evidence and submits; canbo returns it
 * with a reason on E05; hoangduy supplements and resubmits; canbo takes it into assessment, calls a meeting and
 * assesses the four items; vanhoa records an opinion; canbo drafts Mẫu 03 and lanhdao issues it; canbo drafts the
 * request to the province and lanhdao issues it; tinh records 3★; the product shows 3★ with a certificate valid 36
 * months, and the issued Mẫu 03 PDF names the product and the four items.
 */
@OcopIntegrationTest
class PipelineBrowserTests {

    private static final String PRODUCT = "Chả lụa Thử nghiệm Đường đi";
    private static final Map<String, String> BEST = new TreeMap<>(TestSheets.best(TestSheets.bundled("QD26-08")));
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ITEM_HEADINGS = {"1. Về sử dụng nguyên liệu địa phương",
        "2. Về sử dụng lao động địa phương", "3. Nguồn gốc ý tưởng sản phẩm", "4. Bản sắc/trí tuệ địa phương"};

    @LocalServerPort
    int port;

    @Test
    void fromTheIdeaToTheCertificateInTheBrowser() throws IOException {
        Path dir = Files.createTempDirectory("ocop-pipeline-");
        try (Browser browser = Browser.open(port, 1280, 900)) {
            try {
                walk(browser, dir);
            } catch (RuntimeException | AssertionError | IOException e) {
                keepFailure(browser, "pipeline-99-failure");
                throw e;
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void walk(Browser browser, Path dir) throws IOException {
        // 1. hoangduy registers a new product idea for its own producer.
        as(browser, "hoangduy").go("/ideas/new");
        browser.waitFor(By.id("idea-form"));
        press(browser, By.id("existing-no"));
        browser.find(By.id("name")).sendKeys(PRODUCT);
        new Select(browser.find(By.id("classificationCode"))).selectByValue("I.3.d");
        browser.find(By.id("description")).sendKeys("Chả lụa làm từ thịt heo của trại trong phường, gói lá chuối.");
        browser.find(By.id("rawMaterials")).sendKeys("Thịt heo nạc, lá chuối");
        browser.find(By.id("rawMaterialOrigin")).sendKeys("Trại heo khu phố 2, phường Long Khánh");
        browser.screenshot("pipeline-01-idea-form");
        press(browser, By.cssSelector("#idea-form button[type=submit]"));
        browser.waitForText(By.id("idea-status"), "Chờ xem xét");
        long productId = number(browser.driver().getCurrentUrl(), "/products/(\\d+)/cycle");
        String cycle = "/products/" + productId + "/cycle";
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("Chưa nộp");
        assertThat(browser.driver().findElements(By.id("open-first"))).isEmpty();
        browser.screenshot("pipeline-02-idea-registered");

        // 2. canbo accepts the idea; hoangduy submits the business plan; canbo accepts it.
        as(browser, "canbo").go(cycle);
        browser.waitFor(By.id("idea-decision"));
        browser.find(By.id("accept-note")).sendKeys("Ý tưởng phù hợp nhóm I.3.d.");
        press(browser, By.id("accept-idea"));
        browser.waitForText(By.id("idea-status"), "Đã chấp nhận");

        as(browser, "hoangduy").go(cycle);
        browser.waitFor(By.id("plan-form"));
        browser.find(By.id("summary")).sendKeys("Làm 300 kg mỗi tháng, bán ở chợ Long Khánh và 10 đại lý; vốn tự có.");
        browser.find(By.id("plan-file")).sendKeys(pdf(dir, "phuong-an-sxkd.pdf").toString());
        press(browser, By.id("submit-plan"));
        browser.waitForText(By.id("plan-status"), "Đã nộp, chờ xem xét");

        as(browser, "canbo").go(cycle);
        browser.waitFor(By.id("plan-decision"));
        press(browser, By.id("accept-plan"));
        browser.waitForText(By.id("plan-status"), "Đã chấp nhận");
        browser.screenshot("pipeline-03-plan-accepted");

        // 3. hoangduy fills the self-assessment (the best option of every item) and completes it.
        as(browser, "hoangduy").go("/products/" + productId);
        press(browser, By.id("self-assessment-link"));
        browser.waitFor(By.id("sa-form"));
        String total = settled(browser, "sa-total");
        boolean waited = false;
        for (Map.Entry<String, String> item : BEST.entrySet()) {
            String id = "opt-" + item.getKey().replace('.', '-') + "-" + item.getValue();
            if (!browser.find(By.id(id)).isSelected()) {
                press(browser, By.cssSelector("label[for='" + id + "']"));
                if (!waited) {
                    waitForChange(browser, "sa-total", total);
                    waited = true;
                }
            }
        }
        browser.waitForText(By.id("sa-total"), "100");
        browser.waitForText(By.id("sa-stars"), "5★");
        browser.screenshot("pipeline-04-self-assessment");
        press(browser, By.id("sa-complete"));
        browser.waitForText(By.cssSelector(".alert-success"), "Đã hoàn thành phiếu tự đánh giá");
        assertThat(settled(browser, "sa-status")).isEqualTo("Đã hoàn thành");

        // 4. hoangduy opens the first dossier from the cycle page.
        browser.go(cycle);
        browser.waitFor(By.id("open-first"));
        press(browser, By.id("open-first"));
        browser.waitFor(By.id("new-dossier"));
        assertThat(browser.find(By.id("kind-FIRST")).isSelected()).isTrue();
        press(browser, By.cssSelector("#new-dossier button[type=submit]"));
        browser.waitFor(By.id("checklist"));
        long dossierId = number(browser.driver().getCurrentUrl(), "/dossiers/(\\d+)");
        String dossier = "/dossiers/" + dossierId;
        assertThat(status(browser)).isEqualTo("Nháp");

        // 5. Mẫu 02.
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("p1.productSpec", "Chả lụa 500 g, gói lá chuối, hút chân không");
        fields.put("p1.history", "Gia đình làm chả lụa từ năm 1990");
        fields.put("p2.rawMaterialsTechnology", "Thịt heo nạc của trại trong phường, giã bằng máy, hấp chín");
        fields.put("p2.market", "Chợ Long Khánh");
        fields.put("p2.revenueProfit", "600 triệu đồng mỗi năm, lãi 15%");
        fields.put("p4.plan", "Mở rộng xưởng, làm thêm chả quế");
        fields.put("samples.count", "5");
        fillMau02(browser, fields);

        // 6. the required evidence through the page.
        List<String> required = missingRequired(browser);
        assertThat(required).as("required evidence of a FIRST dossier in I.3.d").isNotEmpty().contains("E01", "E05");
        for (String item : required) {
            upload(browser, dir, item, item.toLowerCase() + "-ban-chup.pdf", null);
        }
        browser.screenshot("pipeline-06-evidence");

        // 7. submit: received by the ward with a registration number.
        String registrationNo = submit(browser);
        browser.screenshot("pipeline-07-submitted");

        // 8. canbo returns it with a reason on E05.
        String reason = "Danh sách lao động chưa có xác nhận của chủ thể.";
        as(browser, "canbo").go(dossier);
        browser.waitFor(By.id("return-form"));
        press(browser, By.id("action-return"));
        new Select(browser.find(By.id("item-extra-1"))).selectByValue("E05");
        browser.find(By.id("reason-extra-1")).sendKeys(reason);
        browser.screenshot("pipeline-08-return-form");
        press(browser, By.id("confirm-return"));
        waitForStatus(browser, "Trả lại bổ sung");

        // 9. hoangduy sees the reason, supplements E05 and resubmits.
        as(browser, "hoangduy").go(dossier);
        browser.waitFor(By.id("return-reasons"));
        assertThat(browser.text(By.id("return-reasons"))).contains(reason);
        browser.screenshot("pipeline-09-returned");
        upload(browser, dir, "E05", "e05-ds-lao-dong-co-xac-nhan.pdf", null);
        press(browser, By.id("action-resubmit"));
        waitForStatus(browser, "Đã nộp bổ sung");
        assertThat(browser.text(By.id("registration-no"))).isEqualTo(registrationNo);
        assertThat(browser.find(By.id("compare-link")).isDisplayed()).isTrue();

        // 10. canbo takes it into assessment and calls a meeting with the ward units.
        as(browser, "canbo").go(dossier);
        browser.waitFor(By.id("action-start-assessment"));
        press(browser, By.id("action-start-assessment"));
        waitForStatus(browser, "Đang đánh giá tại phường");
        browser.go("/meetings");
        browser.waitFor(By.id("meeting-form"));
        js(browser, "arguments[0].value = arguments[1];", browser.find(By.id("heldAt")),
                LocalDate.now().plusDays(1) + "T08:30");
        browser.find(By.id("place")).sendKeys("Phòng họp số 1 UBND phường");
        browser.find(By.id("chair")).sendKeys("Chủ tịch UBND phường");
        browser.find(By.id("units")).sendKeys("Phòng Văn hóa - Xã hội");
        press(browser, By.id("meeting-dossier-" + dossierId));
        press(browser, By.id("create-meeting"));
        browser.waitFor(By.id("invitation-link"));
        long meetingId = number(browser.driver().getCurrentUrl(), "/meetings/(\\d+)");
        browser.screenshot("pipeline-10-meeting");

        // 11. canbo assesses the four items.
        browser.go(dossier + "/assessment");
        browser.waitFor(By.id("assessment-form"));
        String[] findings = {"Thịt heo mua của trại trong phường, có hợp đồng.", "8/9 lao động cư trú tại phường.",
            "Ý tưởng của hộ, sản phẩm mới của địa phương.", "Cách làm chả lụa truyền thống của Long Khánh."};
        for (int n = 1; n <= 4; n++) {
            browser.find(By.id("findings-" + n)).sendKeys(findings[n - 1]);
            browser.find(By.id("evidence-" + n)).sendKeys("Minh chứng nội dung " + n);
            press(browser, By.cssSelector("label[for='conclusion-" + n + "-DAT']"));
        }
        browser.screenshot("pipeline-11-assessment");
        press(browser, By.id("save-assessment"));
        browser.waitForText(By.cssSelector(".alert-success"), "Đã lưu đánh giá bốn nội dung");

        // 12. vanhoa records the unit's opinion at the meeting.
        String opinion = "Nghề làm chả lụa gắn với khu phố 1 từ lâu đời.";
        as(browser, "vanhoa").go("/meetings/" + meetingId);
        browser.waitFor(By.id("opinion-form"));
        new Select(browser.find(By.id("dossierId"))).selectByValue(String.valueOf(dossierId));
        new Select(browser.find(By.id("item"))).selectByValue("LOCAL_IDENTITY");
        browser.find(By.id("opinion-text")).sendKeys(opinion);
        press(browser, By.cssSelector("label[for='op-DAT']"));
        press(browser, By.id("save-opinion"));
        browser.waitForText(By.tagName("main"), opinion);
        browser.screenshot("pipeline-12-opinion");

        // 13. canbo sees the opinion beside item 4 and drafts Mẫu 03.
        as(browser, "canbo").go(dossier + "/assessment");
        browser.waitFor(By.id("item-4"));
        assertThat(browser.text(By.id("item-4"))).contains(opinion);
        press(browser, By.id("draft-report"));
        browser.waitForText(By.id("report-state"), "Dự thảo");

        // 14. lanhdao issues the report.
        as(browser, "lanhdao").go(dossier + "/assessment");
        browser.waitFor(By.id("issue-report"));
        press(browser, By.id("issue-report"));
        browser.waitForText(By.id("report-state"), "Đã ban hành");
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đã ban hành báo cáo");
        String pdfHref = browser.find(By.cssSelector("#report-state a[href*='/pdf']")).getAttribute("href");
        long reportDoc = number(pdfHref, "/api/v1/documents/(\\d+)/pdf");
        browser.screenshot("pipeline-13-report-issued");

        // 15. canbo drafts the request to the province; lanhdao issues it.
        as(browser, "canbo").go("/assessments");
        browser.waitFor(By.id("pick-" + dossierId));
        press(browser, By.id("pick-" + dossierId));
        press(browser, By.id("create-request"));
        browser.waitFor(By.id("request-table"));
        By issueButton = By.xpath("//table[@id='request-table']//tr[.//span[normalize-space()='" + PRODUCT
                + "']]//button[starts-with(@id,'issue-request-')]");
        browser.waitForText(By.cssSelector(".alert-success"), "Đã soạn dự thảo văn bản đề nghị cho 1 hồ sơ");
        assertThat(browser.text(By.id("request-table"))).contains(PRODUCT, "Dự thảo");
        browser.screenshot("pipeline-14-request-drafted");

        as(browser, "lanhdao").go("/province-requests");
        browser.waitFor(issueButton);
        press(browser, issueButton);
        browser.waitForText(By.cssSelector(".alert-success"), "Đã ban hành văn bản số");
        String requestRow = browser.text(By.xpath("//table[@id='request-table']//tr[.//span[normalize-space()='"
                + PRODUCT + "']]"));
        assertThat(requestRow).contains("Đã gửi tỉnh");
        browser.screenshot("pipeline-15-request-issued");

        // 16. tinh records 3★.
        LocalDate issuedOn = LocalDate.now();
        String certificateNo = "GCN-DUONGDI-" + dossierId;
        as(browser, "tinh").go(dossier + "/result");
        browser.waitFor(By.id("result-form"));
        browser.find(By.id("score")).sendKeys("64.5");
        new Select(browser.find(By.id("stars"))).selectByValue("3");
        browser.find(By.id("decisionNo")).sendKeys("888/QĐ-UBND");
        date(browser, By.id("decisionDate"), issuedOn);
        browser.find(By.id("certificateNo")).sendKeys(certificateNo);
        date(browser, By.id("certificateIssuedOn"), issuedOn);
        browser.screenshot("pipeline-16-result-form");
        press(browser, By.id("save-result"));
        waitForStatus(browser, "Được công nhận");
        browser.screenshot("pipeline-17-recognised");

        // 17. the product shows 3★; its certificate is valid 36 months from issue.
        as(browser, "hoangduy").go("/products/" + productId);
        browser.waitFor(By.cssSelector(".stars"));
        assertThat(browser.text(By.cssSelector("dl .stars"))).contains("3★");
        browser.screenshot("pipeline-18-product-3-stars");

        as(browser, "canbo").go("/certificates");
        browser.waitFor(By.linkText(certificateNo));
        press(browser, By.linkText(certificateNo));
        browser.waitFor(By.id("valid-until"));
        assertThat(browser.text(By.id("certificate-product"))).isEqualTo(PRODUCT);
        assertThat(browser.text(By.id("certificate-stars"))).contains("3★");
        assertThat(browser.text(By.id("issued-on"))).isEqualTo(issuedOn.format(VN));
        assertThat(browser.text(By.id("valid-until"))).isEqualTo(issuedOn.plusMonths(36).format(VN));
        assertThat(browser.text(By.id("certificate-validity"))).contains("Còn hiệu lực");
        browser.screenshot("pipeline-19-certificate");

        // 18. the issued Mẫu 03 names the product and the four items.
        ResponseEntity<byte[]> pdf = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("canbo", "demo")).build().get()
                .uri("/api/v1/documents/" + reportDoc + "/pdf").retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("BÁO CÁO", PRODUCT, "TM. ỦY BAN NHÂN DÂN").contains(ITEM_HEADINGS)
                .contains(findings[0], opinion);
    }
}
