package ocop.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import form on the certificates page, in a real browser: a bad row is named and nothing is written. */
@OcopIntegrationTest
class CertificateImportPageTests {

    @LocalServerPort
    int port;

    @Test
    void anOfficerSeesEveryRowErrorOfABadWorkbook() throws Exception {
        Path file = Files.createTempFile("gcn-", ".xlsx");
        Files.write(file, CertificateImportTests.workbook(List.<Object[]>of(
                new Object[] {"999999", "GCN-SAI-01", 7.0, 120.0, "", "", "", "không rõ"})));
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("canbo", "demo").go("/certificates");
            browser.click(By.cssSelector("details summary"));
            browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.cssSelector("form[action$='/certificates/import'] button[type=submit]"));
            String errors = browser.waitFor(By.id("import-errors")).getText();
            assertThat(errors).contains("không dòng nào được ghi").contains("Dòng 2");
            browser.screenshot("certificate-import-errors");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
