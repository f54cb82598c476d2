package ocop.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "Kiểm tra đột xuất" form on a phone (390 px): folded until opened, no sideways scrolling, and "Bắt đầu kiểm
 * tra ngay" opens the visit form.
 */
@OcopIntegrationTest
class InspectionAdHocBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerStartsAnAdHocInspectionFromAPhone() {
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        try (Browser b = Browser.open(port, 390, 844)) {
            b.signIn("canbo", "demo").go("/inspections");
            assertThat(b.find(By.id("adhoc-form")).isDisplayed()).isFalse();
            b.click(By.cssSelector("#adhoc > summary"));
            b.waitFor(By.id("adhoc-start"));
            new Select(b.find(By.id("productId"))).selectByValue(String.valueOf(honey));
            b.find(By.id("sourceRef")).sendKeys("Đơn phản ánh số 12 ngày 20/11/2026 " + UUID.randomUUID());
            long overflow = (Long) ((JavascriptExecutor) b.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'});",
                    b.find(By.id("adhoc-start")));
            b.screenshot("inspection-adhoc-390");
            b.click(By.id("adhoc-start"));
            b.waitFor(By.id("visit-form"));
            assertThat(b.driver().getCurrentUrl()).contains("/inspections/visits/");
        }
    }
}
