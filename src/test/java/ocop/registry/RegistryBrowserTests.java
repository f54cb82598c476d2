package ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.Browser;
import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registry in a real browser: an officer registers a producer and finds it; a producer sees only itself. */
@OcopIntegrationTest
class RegistryBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void officerCreatesAProducerFindsItWithoutDiacriticsAndSeesTheAuditEntry() {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("canbo", "demo").go("/producers/new");
            new Select(browser.find(By.id("type"))).selectByValue("HO_KINH_DOANH");
            browser.find(By.id("name")).sendKeys("Hộ kinh doanh Bánh pía Đức Thạnh");
            browser.find(By.id("registrationNo")).sendKeys("075092004455");
            browser.find(By.id("representativeName")).sendKeys("Nguyễn Đức Thạnh");
            browser.find(By.id("phone")).sendKeys("0912 888 999");
            browser.find(By.id("taxCode")).sendKeys("0100109107");
            browser.click(By.cssSelector("#producer-form button[type=submit]"));

            browser.waitFor(By.id("taxCode-error"));
            assertThat(browser.text(By.id("taxCode-error"))).contains("Mã số thuế không hợp lệ");
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Hộ kinh doanh Bánh pía Đức Thạnh");
            browser.screenshot("producer-form-error");

            browser.find(By.id("taxCode")).clear();
            browser.click(By.cssSelector("#producer-form button[type=submit]"));
            browser.waitForText(By.cssSelector("h1"), "Bánh pía Đức Thạnh");

            browser.go("/producers");
            browser.find(By.id("q")).sendKeys("banh pia duc thanh", Keys.ENTER);
            browser.waitForText(By.id("results"), "Hộ kinh doanh Bánh pía Đức Thạnh");
            browser.screenshot("producers-search");
            browser.find(By.linkText("Hộ kinh doanh Bánh pía Đức Thạnh")).click();
            browser.waitFor(By.cssSelector(".audit-entry"));
            assertThat(browser.text(By.cssSelector(".audit-entry"))).contains("canbo").contains("Tạo mới");
            browser.screenshot("producer-detail");
        }
    }

    @Test
    void aProducerSeesOnlyItsOwnRecord() {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("hoangduy", "demo").go("/producers");
            browser.waitFor(By.id("results"));
            assertThat(browser.driver().findElements(By.cssSelector("#producer-table tbody tr"))).hasSize(1);
            assertThat(browser.text(By.id("results"))).contains("Hộ kinh doanh Giò chả truyền thống")
                    .doesNotContain("Minh Đức");
            browser.screenshot("producers-as-producer-phone");
        }
    }
}
