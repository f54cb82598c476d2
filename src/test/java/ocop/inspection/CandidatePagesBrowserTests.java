package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * /candidates in a real browser, PageTour-style: on an office screen and on a 360 px phone (the table becomes cards,
 * nothing wider than the screen), the tab counts equal the API's, the menu leads there, the XLSX button points at
 * the export; a producer gets the calm 403 page and no menu entry. Screenshots land in target/screenshots/.
 */
@OcopIntegrationTest
class CandidatePagesBrowserTests {

    @LocalServerPort
    int port;

    private int count(String kind) {
        return JsonMapper.builder().build().readTree(TestHttp.as(port, "canbo", "demo")
                .get("/api/v1/candidates/" + kind).getBody()).size();
    }

    /** How many pixels the page is wider than the window (0 or less: no horizontal scrolling). */
    private static int overflow(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).intValue();
    }

    @Test
    void theOfficerOpensTheListsFromTheMenuOnAnOfficeScreen() {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("canbo", "demo");
            browser.click(By.cssSelector("#mainNav a[href='/inspections']"));
            browser.click(By.id("candidates-link"));
            assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Danh sách rà soát");
            assertThat(browser.driver().getTitle()).doesNotContain("Lỗi");
            assertThat(overflow(browser)).as("the menu and the page fit 1280 px").isLessThanOrEqualTo(0);
            assertThat(browser.find(By.cssSelector("form[action$='/logout'] button")).getSize().getHeight())
                    .as("the sign-out button stays on one line").isLessThan(40);
            assertThat(browser.text(By.id("candidates-scope"))).startsWith("Phường Long Khánh · ngày ");
            assertThat(browser.find(By.cssSelector("#mainNav a[href='/inspections']")).getAttribute("class"))
                    .contains("active");
            for (String kind : List.of("ready", "upgrade", "at-risk")) {
                assertThat(browser.text(By.cssSelector(".candidate-tabs a[data-kind='" + kind + "'] .candidate-count")))
                        .isEqualTo(String.valueOf(count(kind)));
            }
            assertThat(browser.text(By.id("candidate-table"))).contains(CandidateListsDemoTests.CHOM_CHOM, "66 điểm");
            assertThat(browser.find(By.id("candidates-xlsx")).getAttribute("href"))
                    .endsWith("/api/v1/candidates/ready.xlsx");
            browser.screenshot("candidates-ready-canbo-1280");

            browser.click(By.cssSelector(".candidate-tabs a[data-kind='upgrade']"));
            browser.waitForText(By.id("candidate-table"), CandidateListsDemoTests.GIO_MAY);
            assertThat(browser.text(By.id("candidate-table"))).contains("6 điểm tới 4★ (ngưỡng 70)");
            assertThat(browser.find(By.id("candidates-xlsx")).getAttribute("href"))
                    .endsWith("/api/v1/candidates/upgrade.xlsx");
            browser.screenshot("candidates-upgrade-canbo-1280");
        }
    }

    @Test
    void onAPhoneTheRowsAreCardsAndNothingOverflows() {
        try (Browser browser = Browser.open(port, 360, 1800)) {
            browser.signIn("canbo", "demo").go("/candidates/at-risk");
            assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Danh sách rà soát");
            WebElement table = browser.find(By.id("candidate-table"));
            assertThat(table.findElement(By.tagName("thead")).isDisplayed()).isFalse();
            WebElement firstRow = table.findElement(By.cssSelector("tbody tr"));
            assertThat(firstRow.getCssValue("display")).isEqualTo("block");
            assertThat(browser.text(By.id("candidate-table"))).contains(CandidateListsDemoTests.CORDYCEPS,
                    "đã quá", "Đã mở hồ sơ đánh giá, phân hạng lại (nháp)");
            assertThat(overflow(browser)).isLessThanOrEqualTo(0);
            browser.screenshot("candidates-at-risk-canbo-360");
        }
    }

    @Test
    void aProducerIsRefusedAndHasNoMenuEntryAndAnUnknownListIsNotFound() {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("hoangduy", "demo");
            assertThat(browser.driver().findElements(By.cssSelector("#mainNav a[href='/inspections']"))).isEmpty();
            browser.go("/candidates");
            assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Không có quyền");
        }
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("canbo", "demo").go("/candidates/best");
            assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Không tìm thấy");
        }
    }
}
