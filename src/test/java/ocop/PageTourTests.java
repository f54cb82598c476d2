package ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every main page opened in a real browser, on an office screen and on a 360 px phone, as the role that uses it:
 * the page has its heading, shows no error, and is saved as a screenshot under target/screenshots/ to look at.
 */
@OcopIntegrationTest
class PageTourTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} as {1} at {2}px")
    @CsvSource({
            "/, canbo, 1280, Tổng quan", "/, khupho1, 360, Tổng quan",
            "/producers, canbo, 1280, Chủ thể OCOP", "/producers, canbo, 360, Chủ thể OCOP",
            "/producers/new, canbo, 1280, Thêm chủ thể OCOP", "/producers/new, canbo, 360, Thêm chủ thể OCOP",
            "/products, canbo, 1280, Sản phẩm", "/products, tinh, 360, Sản phẩm",
            "/products?status=RANKED, mattran, 1280, Sản phẩm",
            "/admin/users, admin, 1280, Tài khoản", "/admin/units?q=long khanh, admin, 1280, Đơn vị hành chính",
            "/admin/criteria-sheets, admin, 1280, Bộ tiêu chí",
            "/dossiers, canbo, 1280, Hồ sơ OCOP", "/dossiers, canbo, 360, Hồ sơ OCOP",
            "/dossiers, hoangduy, 360, Hồ sơ của tôi", "/flags, khupho1, 360, Sản phẩm tiềm năng",
            "/assessments, canbo, 1280, Đánh giá tại phường", "/meetings, vanhoa, 1280, Họp lấy ý kiến",
            "/province-requests, lanhdao, 1280, Văn bản đề nghị", "/certificates, tinh, 1280, Giấy chứng nhận",
            "/certificates, minhduc, 360, Giấy chứng nhận", "/documents, lanhdao, 1280, Sổ văn bản đi",
            "/self-assessments, hoangduy, 360, Phiếu tự đánh giá", "/notifications, canbo, 1280, Thông báo",
            "/inspections, canbo, 1280, 'Kiểm tra, giám sát'", "/inspections, tinh, 360, 'Kiểm tra, giám sát'",
            "/inspections/today, canbo, 360, Hôm nay", "/inspections/plans/new, canbo, 360, Lập kế hoạch kiểm tra",
    })
    void opens(String path, String account, int width, String heading) {
        try (Browser browser = Browser.open(port, width, 900)) {
            browser.signIn(account, "demo").go(path);
            String h1 = browser.waitFor(By.cssSelector("main h1")).getText();
            assertThat(h1).contains(heading);
            assertThat(browser.driver().getTitle()).doesNotContain("Lỗi").doesNotContain("Error");
            browser.screenshot(("page" + path.replaceAll("[^a-z0-9]+", "-") + "-" + account + "-" + width)
                    .replaceAll("-+", "-"));
        }
    }

    @ParameterizedTest(name = "detail of {0} as {1} at {2}px")
    @CsvSource({"gio cha, hoangduy, 360", "cordyceps, canbo, 1280", "chom chom, tinh, 1280"})
    void opensTheDetailPagesOfDemoProducts(String q, String account, int width) {
        try (Browser browser = Browser.open(port, width, 900)) {
            browser.signIn(account, "demo").go("/products?q=" + q);
            browser.click(By.cssSelector("#results tbody tr a"));
            browser.waitFor(By.cssSelector("main h1"));
            assertThat(browser.text(By.cssSelector("main"))).contains("Lịch sử thay đổi");
            browser.screenshot("product-" + q.replace(' ', '-') + "-" + account + "-" + width);
            browser.click(By.cssSelector("main a[href^='/producers/']"));
            browser.waitForText(By.cssSelector("main"), "Người đại diện theo pháp luật");
            browser.screenshot("producer-of-" + q.replace(' ', '-') + "-" + account + "-" + width);
        }
    }

    @org.junit.jupiter.api.Test
    void aRecordOutsideTheUsersScopeShowsACalmNotFoundPage() {
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.signIn("canbobv", "demo").go("/producers/999999");
            assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Không tìm thấy");
            assertThat(browser.driver().getTitle()).isEqualTo("Không tìm thấy · OCOP");
            assertThat(browser.text(By.cssSelector("main"))).contains("Không tìm thấy chủ thể.").doesNotContain("th:");
        }
    }
}
