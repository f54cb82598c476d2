package ocop.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * In real browsers: the ward officer drafts a report on the form, the leader issues it, and both download the PDF
 * through the page's link with their own session.
 */
@OcopIntegrationTest
class DocumentsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anOfficerDraftsAReportTheLeaderIssuesItAndBothDownloadThePdf() throws IOException {
        try (Browser officer = Browser.open(port, 1280, 1000); Browser leader = Browser.open(port, 1280, 1000)) {
            officer.signIn("canbo", "demo").go("/documents");
            officer.click(By.id("new-document"));
            officer.waitFor(By.id("draft-form"));
            officer.find(By.id("subject")).sendKeys("Kết quả hướng dẫn chủ thể lập hồ sơ OCOP đợt 2");
            officer.find(By.id("recipients")).sendKeys("Sở Nông nghiệp và Môi trường tỉnh Đồng Nai");
            officer.find(By.id("sections0.heading")).sendKeys("Kết quả thực hiện");
            officer.find(By.id("sections0.body")).sendKeys("Phường đã hướng dẫn 06 chủ thể lập hồ sơ.\n"
                    + "1. Hồ sơ đã hoàn thiện\n- Giò chả truyền thống\n- Chôm chôm Long Khánh");
            officer.find(By.id("sections1.heading")).sendKeys("Kiến nghị");
            officer.find(By.id("sections1.body")).sendKeys("Đề nghị Sở tổ chức tập huấn về câu chuyện sản phẩm.");
            officer.screenshot("document-draft-form");
            officer.click(By.id("save-draft"));
            officer.waitForText(By.id("document-status"), "Dự thảo");
            String url = officer.driver().getCurrentUrl();
            String path = url.substring(url.indexOf("/documents/"));
            assertThat(officer.text(By.id("document-preview"))).contains("BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN",
                    "1. Hồ sơ đã hoàn thiện", "- Giò chả truyền thống;", "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Đồng Nai.");
            assertThat(officer.driver().findElements(By.id("issue-document"))).as("an officer cannot issue").isEmpty();
            officer.screenshot("document-draft");

            leader.signIn("lanhdao", "demo").go(path);
            leader.click(By.id("issue-document"));
            leader.waitForText(By.id("document-status"), "Đã ban hành");
            String number = leader.text(By.id("document-number")).replace("số ", "").strip();
            assertThat(number).matches("\\d{2,}/BC-UBND");
            assertThat(leader.text(By.cssSelector(".alert-success"))).contains(number);
            assertThat(leader.text(By.id("document-preview"))).contains("Số: " + number);
            leader.screenshot("document-issued");

            assertPdf(download(leader), number);
            officer.go(path);
            officer.waitForText(By.id("document-status"), "Đã ban hành");
            assertThat(officer.driver().findElements(By.id("edit-document"))).as("no edit once issued").isEmpty();
            assertPdf(download(officer), number);
        }
    }

    /** Follows the page's "Tải PDF" link with the browser's own session cookie. */
    private ResponseEntity<byte[]> download(Browser browser) {
        String href = browser.find(By.id("download-pdf")).getAttribute("href");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return RestClient.create().get().uri(href).header("Cookie", "JSESSIONID=" + session).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
    }

    private static void assertPdf(ResponseEntity<byte[]> response, String number) throws IOException {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Số: " + number,
                    "Kết quả hướng dẫn chủ thể lập hồ sơ OCOP đợt 2", "Nguyễn Văn Lãnh (minh họa)");
        }
    }
}
