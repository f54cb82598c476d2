package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeding a plan from /candidates in a real browser: on an office screen the officer ticks a row, chooses a new plan
 * and lands on the plan's address; on a 360 px phone every card has its tick, the form fits the screen, and a missing
 * title is shown under the field with the tick kept. Screenshots land in target/screenshots/.
 */
@OcopIntegrationTest
class CandidatePlanBrowserTests {

    @LocalServerPort
    int port;

    private long productId(String name) {
        for (JsonNode row : JsonMapper.builder().build().readTree(TestHttp.as(port, "canbo", "demo")
                .get("/api/v1/candidates/at-risk").getBody())) {
            if (name.equals(row.get("productName").asString())) {
                return row.get("productId").asLong();
            }
        }
        throw new AssertionError("no at-risk row for " + name);
    }

    private static int overflow(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).intValue();
    }

    private static By tick(long productId) {
        return By.cssSelector("tr[data-product='" + productId + "'] input[name='productIds']");
    }

    @Test
    void onAnOfficeScreenTheOfficerTicksARowAndGoesOnToTheNewPlan() {
        long cordyceps = productId(CandidateListsDemoTests.CORDYCEPS);
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.signIn("canbo", "demo").go("/candidates/at-risk");
            assertThat(browser.find(By.id("seed-form")).isDisplayed()).as("folded under the list").isFalse();
            browser.click(By.id("seed-open"));
            assertThat(browser.waitFor(By.id("seed-form")).getText()).contains("Đưa vào kế hoạch kiểm tra");
            assertThat(browser.driver().findElements(By.cssSelector("#candidate-table tbody tr")))
                    .allSatisfy(tr -> assertThat(tr.findElement(By.name("productIds")).isDisplayed()).isTrue());
            assertThat(overflow(browser)).isLessThanOrEqualTo(0);
            browser.click(tick(cordyceps));
            if (!browser.driver().findElements(By.id("target-new")).isEmpty()) {
                browser.click(By.id("target-new"));
            }
            WebElement title = browser.find(By.id("title"));
            assertThat(title.getAttribute("value")).startsWith("Kiểm tra sản phẩm có nguy cơ – Quý ");
            title.clear();
            title.sendKeys("Kiểm tra sản phẩm có nguy cơ – trình duyệt " + UUID.randomUUID());
            browser.screenshot("candidates-seed-canbo-1280");
            browser.click(By.id("seed-submit"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().matches(".*/inspections/plans/\\d+$"));
        }
    }

    @Test
    void onAPhoneEachCardHasItsTickTheFormFitsAndAnErrorKeepsTheTick() {
        long chomChom = productId(CandidateListsDemoTests.CHOM_CHOM);
        try (Browser browser = Browser.open(port, 360, 1800)) {
            browser.signIn("canbo", "demo").go("/candidates/at-risk");
            WebElement box = browser.waitFor(tick(chomChom));
            assertThat(box.findElement(By.xpath("./ancestor::tr")).getCssValue("display")).isEqualTo("block");
            assertThat(box.getSize().getHeight()).as("a target a thumb can hit").isGreaterThanOrEqualTo(20);
            assertThat(overflow(browser)).isLessThanOrEqualTo(0);
            browser.screenshot("candidates-at-risk-ticks-canbo-360");

            browser.click(tick(chomChom));
            browser.click(By.id("seed-open"));
            if (!browser.driver().findElements(By.id("target-new")).isEmpty()) {
                browser.click(By.id("target-new"));
            }
            browser.find(By.id("title")).clear();
            browser.click(By.id("seed-submit"));
            browser.waitForText(By.id("newPlan.title-error"), "Nhập tên kế hoạch.");
            assertThat(browser.find(By.id("seed-form")).isDisplayed()).as("open again with the error").isTrue();
            assertThat(browser.find(tick(chomChom)).isSelected()).isTrue();
            assertThat(overflow(browser)).isLessThanOrEqualTo(0);
            assertThat(browser.find(By.id("seed-alert")).isDisplayed()).as("said at the top of the page").isTrue();
            assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript("return document"
                    + ".getElementById('seed-form').getBoundingClientRect().top - window.innerHeight;")).doubleValue())
                    .as("the form itself lies below the list, out of sight").isPositive();
            browser.screenshot("candidates-seed-error-top-canbo-360");
            browser.click(By.cssSelector("#seed-alert a"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#seed"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> (Boolean)
                    ((JavascriptExecutor) d).executeScript("var top = document.getElementById('seed-form')"
                            + ".getBoundingClientRect().top; return top >= 0 && top < window.innerHeight - 200;"));
            browser.screenshot("candidates-seed-error-canbo-360");
        }
    }
}
