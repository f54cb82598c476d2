package ocop.criteria.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The self-assessment in a real browser: hoangduy opens "Giò chả" (sheet QD26-08), ticks options and sees the total
 * and the stars change live, adds a note and an evidence file, saves the draft and finds it again after a reload;
 * then the print view, the phone layout, and the administrators' import page with its errors.
 */
@OcopIntegrationTest
class SelfAssessmentBrowserTests {

    /** The best option of every scorable item of QD26-08: 100 points, 5★. */
    private static final Map<String, String> BEST = new TreeMap<>(TestSheets.best(TestSheets.bundled("QD26-08")));

    @LocalServerPort
    int port;

    @Test
    void hoangduyFillsTheSelfAssessmentLiveSavesAndReopensTheDraft() throws IOException {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("hoangduy", "demo").go("/products");
            browser.click(By.linkText("Giò chả"));
            browser.waitFor(By.id("self-assessment-link"));
            browser.click(By.id("self-assessment-link"));
            browser.waitFor(By.id("sa-form"));
            String total = settled(browser, "sa-total");
            String stars = settled(browser, "sa-stars");
            assertThat(stars).doesNotContain("5★");

            boolean waited = false;
            for (Map.Entry<String, String> item : BEST.entrySet()) {
                String id = "opt-" + item.getKey().replace('.', '-') + "-" + item.getValue();
                if (!browser.find(By.id(id)).isSelected()) {
                    browser.click(By.cssSelector("label[for='" + id + "']"));
                    if (!waited) {
                        waitForChange(browser, "sa-total", total);
                        waited = true;
                    }
                }
            }
            browser.waitForText(By.id("sa-total"), "100");
            browser.waitForText(By.id("sa-stars"), "5★");
            assertThat(settled(browser, "sa-stars")).isNotEqualTo(stars);
            assertThat(settled(browser, "sa-verdict")).contains("5★");

            browser.click(By.cssSelector("#item-1-1 .sa-evidence > summary"));
            browser.find(By.id("note-1-1")).sendKeys("Thịt heo mua tại trại trong phường, có hóa đơn.");
            Path pdf = Files.createTempFile("hoa-don-", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n% hóa đơn mua thịt\n", StandardCharsets.UTF_8);
            browser.find(By.id("file-1-1")).sendKeys(pdf.toAbsolutePath().toString());
            browser.click(By.cssSelector("#files-1-1 button.btn-outline-primary"));
            browser.waitFor(By.partialLinkText(pdf.getFileName().toString()));
            browser.screenshot("self-assessment-1280");

            browser.click(By.id("sa-save"));
            browser.waitForText(By.cssSelector(".alert-success"), "Đã lưu nháp");
            browser.driver().navigate().refresh();
            browser.waitFor(By.id("sa-form"));
            for (Map.Entry<String, String> item : BEST.entrySet()) {
                String id = "opt-" + item.getKey().replace('.', '-') + "-" + item.getValue();
                assertThat(browser.find(By.id(id)).isSelected()).as(id).isTrue();
            }
            assertThat(settled(browser, "sa-total")).isEqualTo("100");
            assertThat(browser.find(By.id("note-1-1")).getAttribute("value")).startsWith("Thịt heo mua");
            assertThat(browser.text(By.id("files-1-1"))).contains(pdf.getFileName().toString());
            assertThat(browser.text(By.id("sa-status"))).isEqualTo("Bản nháp");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("self-assessment-saved-1280");

            browser.click(By.partialLinkText("In phiếu"));
            browser.waitForText(By.id("print-total"), "100");
            assertThat(browser.text(By.cssSelector(".print-doc"))).contains("Phần III", "ĐẠI DIỆN CHỦ THỂ",
                    "Thịt heo mua tại trại");
            browser.screenshot("self-assessment-print-1280");
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void onAPhoneTheSummaryStaysInSight() {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("hoangduy", "demo").go("/products");
            browser.click(By.linkText("Giò chả"));
            browser.waitFor(By.id("self-assessment-link"));
            browser.click(By.id("self-assessment-link"));
            browser.waitFor(By.id("sa-form"));
            String total = settled(browser, "sa-total");
            String id = browser.find(By.id("opt-2-1-a")).isSelected() ? "opt-2-1-b" : "opt-2-1-a";
            browser.click(By.cssSelector("label[for='" + id + "']"));
            waitForChange(browser, "sa-total", total);
            Object inView = ((JavascriptExecutor) browser.driver()).executeScript("const r = document.getElementById("
                    + "'sa-total').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;");
            assertThat(inView).as("the total stays in sight while answering").isEqualTo(true);
            browser.screenshot("self-assessment-390");
        }
    }

    @Test
    void theAdministratorSeesEveryImportErrorOnThePage() throws IOException {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("admin", "demo").go("/admin/criteria-sheets");
            browser.waitFor(By.id("sheet-table"));
            browser.screenshot("criteria-sheets-1280");
            Path file = Files.createTempFile("bo-tieu-chi-", ".json");
            String text = ocop.criteria.internal.SheetJson.write(TestSheets.bundled("QD26-22"))
                    .replaceFirst("\"max\": 40", "\"max\": 41")
                    .replaceFirst("\"appliesTo\": \\[\\s*\"[^\"]+\"", "\"appliesTo\": [\"IX.9.z\"");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.cssSelector("#import-form button[type=submit]"));
            browser.waitFor(By.id("import-errors"));
            assertThat(browser.text(By.id("import-errors"))).contains("IX.9.z", "đang là 41");
            browser.screenshot("criteria-import-errors-1280");
            Files.deleteIfExists(file);
        }
    }

    /** Waits until the element's text differs (htmx replaces the summary panel: stale references are retried). */
    private static void waitForChange(Browser browser, String id, String before) {
        browser.settling()
                .until(d -> !d.findElement(By.id(id)).getText().equals(before));
    }

    /** The element's text once the summary has settled. */
    private static String settled(Browser browser, String id) {
        return browser.settling().until(d -> d.findElement(By.id(id)).getText());
    }
}
