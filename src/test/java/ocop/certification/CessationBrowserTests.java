package ocop.certification;

import static ocop.BrowserSteps.as;
import static ocop.BrowserSteps.keepFailure;
import static ocop.BrowserSteps.press;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ocop.Browser;
import ocop.BrowserSteps;
import ocop.OcopIntegrationTest;
import ocop.access.UserAccounts;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ward's confirmation that a producer stopped producing, on a phone (360 px, issue 6, Điều 8.1.đ): canbo opens
 * "Xác nhận chủ thể không còn sản xuất" on the certificate, is told in place that the day is missing, fills it and
 * drafts the công văn; lanhdao issues it on the documents page; the certificate then shows "Đã xác nhận và đề nghị thu
 * hồi: số …/UBND-KT ngày …; hạn quyết định …" with the revocation form set to ground đ — all without sideways scrolling.
 * The certificate is of a product of its own.
 */
@OcopIntegrationTest
class CessationBrowserTests {

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
    RegistryApi registry;

    @Autowired
    Clock clock;

    @Test
    void theOfficerConfirmsOnAPhoneAndTheLeaderIssues() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = CertificateFixtures.ownProduct(jdbc, events, accounts, registry,
                "Hộ kinh doanh Giò chả truyền thống", "Nem chua Thử thu hồi " + System.nanoTime() % 100_000, 4,
                today.minusMonths(9));
        try (Browser browser = Browser.open(port, 360, 800)) {
            try {
                as(browser, "canbo").go("/certificates/" + id);
                press(browser, By.cssSelector("#cessation-details summary"));
                browser.find(By.id("cessation-verifiedHow")).sendKeys("Làm việc trực tiếp với chủ thể; chủ thể có đơn "
                        + "xin dừng sản xuất");
                press(browser, By.id("confirm-cessation"));
                browser.waitForText(By.id("stoppedOn-error"), "Nhập ngày chủ thể dừng sản xuất");
                assertThat(browser.find(By.id("cessation-verifiedHow")).getAttribute("value"))
                        .as("typed text kept").startsWith("Làm việc trực tiếp");
                scrollTo(browser, "cessation");
                browser.screenshot("cessation-01-error-phone");
                noSidewaysScroll(browser);

                BrowserSteps.date(browser, By.id("cessation-stoppedOn"), today.minusDays(12));
                press(browser, By.id("confirm-cessation"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().matches(".*/documents/\\d+$"));
                String document = browser.driver().getCurrentUrl().replaceAll(".*(/documents/\\d+)$", "$1");
                assertThat(browser.text(By.id("document-preview"))).contains("ĐỀ NGHỊ THU HỒI GIẤY CHỨNG NHẬN");

                as(browser, "lanhdao").go(document);
                press(browser, By.id("issue-document"));
                browser.waitForText(By.id("document-status"), "Đã ban hành");
                String number = browser.text(By.id("document-number")).replace("số ", "");
                assertThat(number).matches("\\d{2,}/UBND-KT");

                as(browser, "canbo").go("/certificates/" + id);
                browser.waitFor(By.id("cessation-proposal"));
                assertThat(browser.text(By.id("cessation-proposal"))).contains("Đã xác nhận và đề nghị thu hồi: số "
                        + number + " ngày " + today.format(VN) + "; hạn quyết định " + today.plusDays(15).format(VN));
                assertThat(browser.driver().findElements(By.id("cessation-form"))).isEmpty();
                scrollTo(browser, "cessation");
                browser.screenshot("cessation-02-issued-phone");
                noSidewaysScroll(browser);
                press(browser, By.cssSelector("#revocation summary"));
                assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("ground")))
                        .getFirstSelectedOption().getAttribute("value")).isEqualTo("đ");
                scrollTo(browser, "revocation");
                browser.screenshot("cessation-03-revocation-prefilled-phone");
            } catch (RuntimeException | AssertionError e) {
                keepFailure(browser, "cessation-99-failure");
                throw e;
            }
        }
    }

    private static void scrollTo(Browser browser, String id) {
        BrowserSteps.js(browser, "document.getElementById(arguments[0]).scrollIntoView({block: 'start', "
                + "behavior: 'instant'});", id);
    }

    private static void noSidewaysScroll(Browser browser) {
        assertThat((Boolean) BrowserSteps.js(browser,
                "return document.documentElement.scrollWidth <= window.innerWidth;")).as("no sideways scroll").isTrue();
    }
}
