package ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * From a renewal reminder to a re-evaluation dossier in a real browser (issue 6): the admin runs the reminder job as of
 * a day in the re-evaluation window of the demo certificate of "Mật ong hoa cà phê" (a household without an account,
 * so the ward officer canbo acts for it); canbo opens Thông báo, follows the reminder to the certificate, clicks "Mở
 * hồ sơ đánh giá lại" and lands on the new dossier, of kind "Đánh giá, phân hạng lại". Submitting it is not walked
 * here (the evidence rules make it long); the dossier is withdrawn afterwards so the shared demo data stays as it was.
 */
@OcopIntegrationTest
class RenewalBrowserTests {

    private static final String PRODUCT = "Mật ong hoa cà phê";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void fromAReminderToAReevaluationDossier() throws Exception {
        long certificate = jdbc.sql("""
                SELECT c.id FROM certification.certificate c JOIN registry.product p ON p.id = c.product_id
                WHERE c.source = 'DEMO' AND p.name = :n""").param("n", PRODUCT).query(Long.class).single();
        TestHttp admin = TestHttp.as(port, "admin", "demo");
        JsonNode c = json.readTree(admin.get("/api/v1/certificates/" + certificate).getBody());
        LocalDate until = LocalDate.parse(c.get("validUntil").asString());
        var run = admin.post("/api/v1/certificates/lifecycle/run?date=" + until.minusDays(170), null);
        assertThat(run.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM access.notification WHERE link = :l")
                .param("l", "/certificates/" + certificate).query(Integer.class).single()).isPositive();

        Long dossier = null;
        try (Browser browser = Browser.open(port, 1280, 900)) {
            try {
                browser.signIn("canbo", "demo");
                browser.click(By.cssSelector("a[href$='/notifications']"));
                browser.click(By.xpath("//a[contains(@href, '/notifications/') and contains(., '" + PRODUCT + "')]"));
                browser.waitFor(By.id("certificate-number"));
                assertThat(browser.driver().getCurrentUrl()).endsWith("/certificates/" + certificate);
                assertThat(browser.text(By.id("renewal"))).contains("Ngày hội đồng tỉnh dự kiến");
                browser.click(By.id("open-reevaluation"));
                new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().matches(".*/dossiers/\\d+$"));
                String url = browser.driver().getCurrentUrl();
                dossier = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
                assertThat(browser.text(By.xpath("//dt[normalize-space()='Loại hồ sơ']/following-sibling::dd[1]")))
                        .isEqualTo("Đánh giá, phân hạng lại");

                // a second click on the certificate is refused in plain words: the certificate shows the open dossier
                browser.go("/certificates/" + certificate);
                assertThat(browser.text(By.id("renewal-open"))).contains("Đánh giá, phân hạng lại");
                assertThat(browser.driver().findElements(By.id("open-reevaluation"))).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("renewal-99-failure");
                Files.createDirectories(Path.of("target", "screenshots"));
                Files.writeString(Path.of("target", "screenshots", "renewal-99-failure.html"),
                        browser.driver().getCurrentUrl() + "\n" + browser.driver().getPageSource());
                throw e;
            }
        } finally {
            if (dossier != null) {
                var again = TestHttp.as(port, "canbo", "demo")
                        .post("/api/v1/certificates/" + certificate + "/reevaluation", null);
                assertThat(again.getStatusCode().value()).isEqualTo(409);
                assertThat(again.getBody()).contains("đã có một hồ sơ đánh giá, phân hạng lại đang mở");
                TestHttp.as(port, "canbo", "demo").post("/api/v1/dossiers/" + dossier + "/withdraw",
                        "{\"note\":\"Kiểm thử\"}");
            }
        }
    }
}
