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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The renewal notice in a real browser (issue 6): canbo filters the certificates "trong hoặc sắp đến thời hạn đánh giá
 * lại", is told to tick one when none is ticked, ticks two and presses "Soạn thông báo"; the draft opens on the
 * documents pages; lanhdao issues it there; the certificate then shows "Đã thông báo: số …/TB-UBND ngày …". The list
 * is also looked at on a phone (360 px).
 */
@OcopIntegrationTest
class RenewalNoticeBrowserTests {

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

    @Test
    void theOfficerDraftsFromTheListAndTheLeaderIssues() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long first = CertificateFixtures.certificate(jdbc, events, accounts, "Rượu vang chôm chôm", 4,
                today.plusDays(140).minusMonths(36));
        long second = CertificateFixtures.certificate(jdbc, events, accounts, "Du lịch vườn", 3,
                today.plusDays(195).minusMonths(36));
        long far = CertificateFixtures.certificate(jdbc, events, accounts, "Du lịch vườn", 3,
                today.plusDays(600).minusMonths(36));
        try (Browser browser = Browser.open(port, 1280, 900)) {
            try {
                as(browser, "canbo").go("/certificates");
                browser.waitFor(By.id("certificate-filter"));
                press(browser, By.id("f-renewal-due"));
                press(browser, By.cssSelector("#certificate-filter button[type=submit]"));
                browser.waitFor(By.id("notice-panel"));
                assertThat(browser.driver().getCurrentUrl()).contains("renewalDue=true");
                assertThat(browser.driver().findElements(By.id("certificate-" + far))).isEmpty();
                assertThat(browser.text(By.id("certificate-" + first))).contains("nộp hồ sơ",
                        LocalDate.parse(validUntil(first)).minusDays(180).format(VN));

                press(browser, By.id("draft-notice"));
                browser.waitForText(By.id("notice-error"), "Chọn ít nhất một giấy chứng nhận");
                assertThat(browser.find(By.id("f-renewal-due")).isSelected()).as("the filter is kept").isTrue();

                press(browser, By.id("notice-pick-" + first));
                press(browser, By.id("notice-pick-" + second));
                assertThat(new Select(browser.find(By.id("notice-type"))).getFirstSelectedOption().getText())
                        .isEqualTo("Thông báo (TB)");
                BrowserSteps.js(browser, "document.getElementById('notice-panel').scrollIntoView({block: 'start', "
                        + "behavior: 'instant'});");
                browser.screenshot("notice-01-list-selected");
                press(browser, By.id("draft-notice"));
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().matches(".*/documents/\\d+$"));
                String document = browser.driver().getCurrentUrl().replaceAll(".*(/documents/\\d+)$", "$1");
                assertThat(browser.text(By.id("document-status"))).isEqualTo("Dự thảo");
                assertThat(browser.text(By.cssSelector(".alert-success"))).contains("2 giấy chứng nhận");
                assertThat(browser.text(By.id("document-preview"))).contains("THÔNG BÁO",
                        "SẢN PHẨM ĐẾN THỜI HẠN ĐÁNH GIÁ, PHÂN HẠNG LẠI");
                browser.screenshot("notice-02-draft");

                as(browser, "lanhdao").go(document);
                press(browser, By.id("issue-document"));
                browser.waitForText(By.id("document-status"), "Đã ban hành");
                String number = browser.text(By.id("document-number")).replace("số ", "");
                assertThat(number).matches("\\d{2,}/TB-UBND");

                as(browser, "canbo").go("/certificates/" + first);
                browser.waitFor(By.id("renewal-notice"));
                assertThat(browser.text(By.id("renewal-notice"))).contains("Đã thông báo", number, today.format(VN));
                assertThat(browser.driver().findElements(By.id("draft-notice"))).isEmpty();
                browser.screenshot("notice-03-certificate-noticed");

                browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
                browser.go("/certificates?renewalDue=true");
                browser.waitFor(By.id("certificate-table"));
                assertThat(browser.text(By.id("certificate-" + second))).contains("Đã thông báo: số " + number);
                BrowserSteps.js(browser, "document.getElementById('certificate-" + second + "').scrollIntoView("
                        + "{block: 'start', behavior: 'instant'});");
                browser.screenshot("notice-04-list-phone");
                assertThat((Boolean) BrowserSteps.js(browser,
                        "return document.documentElement.scrollWidth <= window.innerWidth;")).as("no sideways scroll")
                        .isTrue();
            } catch (RuntimeException | AssertionError e) {
                keepFailure(browser, "notice-99-failure");
                throw e;
            }
        }
    }

    private String validUntil(long certificate) {
        return jdbc.sql("SELECT valid_until::text FROM certification.certificate WHERE id = :id").param("id", certificate)
                .query(String.class).single();
    }
}
