package ocop.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ocop.Browser;
import ocop.OcopIntegrationTest;
import ocop.access.UserAccounts;
import ocop.inspection.AdHocReason;
import ocop.inspection.Answer;
import ocop.inspection.DraftInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.Inspector;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.inspection.PlanView;
import ocop.inspection.StartVisitInput;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The visit form on a phone (390×844) in a real browser: the inspector opens "Hôm nay", starts the planned visit,
 * answers by tapping, writes a note; the draft reaches the server by itself. The connection drops (Chrome's network
 * emulation offline): more answers, "Chưa lưu được", back online and they reach the server. A save that failed is
 * kept on the phone and sent after a reload. Then a finding with an action, a photo with the position the browser
 * gives (permission granted, position emulated), and the record submitted with its outcome. A second test: a save
 * from another device makes the page's next save stale, said in plain words.
 */
@OcopIntegrationTest
class VisitFormBrowserTests {

    private static final String PEPPER = "Tiêu đen Bảo Quang";

    @LocalServerPort
    int port;

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void noWorkIsLostWhenTheConnectionDrops() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long pepper = InspectionPageFixtures.product(jdbc, PEPPER);
        long canboId = accounts.idOf("canbo").orElseThrow();
        PlanView plan = accounts.runAs("canbo", () -> api.createPlan(new PlanInput(null, today.getYear(), null,
                "Kế hoạch thử trên điện thoại " + UUID.randomUUID(), null)));
        long item = accounts.runAs("canbo", () -> api.addPlanItem(plan.id(), new PlanItemInput(pepper, today,
                List.of(new Inspector(canboId, "Lê Thị Cán (minh họa)")), "Kiểm tra nhãn mới"))).id();
        accounts.runAs("lanhdao", () -> api.approvePlan(plan.id(), api.plan(plan.id()).version()));

        try (Browser browser = Browser.open(port, 390, 844)) {
            try {
                browser.signIn("canbo", "demo").go("/inspections/plans/" + plan.id());
                assertThat(browser.waitFor(By.id("plan-title")).getText()).isEqualTo(plan.title());
                browser.screenshot("inspection-plan-390");
                browser.go("/inspections/today");
                assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).startsWith("Hôm nay");
                browser.screenshot("inspection-today-390");
                browser.click(By.xpath("//input[@name='planItemId' and @value='" + item
                        + "']/following-sibling::button"));
                browser.waitFor(By.id("visit-form"));
                long visit = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/visits/(\\d+).*", "$1"));
                assertThat(browser.find(By.id("photo-file")).getAttribute("capture")).isEqualTo("environment");
                browser.screenshot("inspection-visit-form-390");

                tap(browser, "SX.1", Answer.MEETS);
                tap(browser, "SX.2", Answer.MEETS);
                note(browser, "SX.1", "Đang sản xuất tại ấp Bảo Quang");
                savedOnServer(browser);
                assertThat(answer(visit, "SX.1")).containsEntry("answer", "MEETS")
                        .containsEntry("note", "Đang sản xuất tại ấp Bảo Quang");
                assertThat(answer(visit, "SX.2")).containsEntry("answer", "MEETS");

                ChromeDriver chrome = (ChromeDriver) browser.driver();
                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                chrome.setNetworkConditions(offline);
                tap(browser, "SX.3", Answer.NOT_MEETS);
                note(browser, "SX.3", "Chưa có hợp đồng liên kết vùng nguyên liệu");
                wait(browser).until(d -> status(browser).contains("Chưa lưu được — sẽ gửi lại khi có mạng"));
                assertThat(answer(visit, "SX.3")).containsEntry("answer", null);
                browser.screenshot("inspection-visit-offline-390");
                chrome.deleteNetworkConditions();
                savedOnServer(browser);
                assertThat(answer(visit, "SX.3")).containsEntry("answer", "NOT_MEETS")
                        .containsEntry("note", "Chưa có hợp đồng liên kết vùng nguyên liệu");

                // A save that fails is kept on the phone; after a reload it is restored and sent.
                ((JavascriptExecutor) chrome).executeScript(
                        "window.fetch = function () { return Promise.reject(new TypeError('Failed to fetch')); };");
                tap(browser, "SX.4", Answer.NOT_APPLICABLE);
                wait(browser).until(d -> status(browser).contains("Chưa lưu được"));
                assertThat(answer(visit, "SX.4")).containsEntry("answer", null);
                chrome.navigate().refresh();
                browser.waitFor(By.id("visit-form"));
                assertThat(radio(browser, "SX.4", Answer.NOT_APPLICABLE).isSelected()).isTrue();
                assertThat(radio(browser, "SX.3", Answer.NOT_MEETS).isSelected()).isTrue();
                savedOnServer(browser);
                assertThat(answer(visit, "SX.4")).containsEntry("answer", "NOT_APPLICABLE");

                for (WebElement meets : browser.driver().findElements(By.cssSelector(
                        ".check-item[data-answer=''] label.btn-outline-success"))) {
                    ((JavascriptExecutor) chrome).executeScript(
                            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", meets);
                    meets.click();
                }
                savedOnServer(browser);
                assertThat(jdbc.sql("SELECT count(*) FROM inspection.visit_item WHERE visit_id = :v AND answer IS NULL")
                        .param("v", visit).query(Integer.class).single()).isZero();

                browser.click(By.cssSelector(".check-item[data-code='SX.3'] .finding-link"));
                assertThat(browser.find(By.id("finding-item")).getAttribute("value")).isEqualTo("SX.3");
                browser.find(By.id("finding-text")).sendKeys("Nguyên liệu mua ngoài vùng đã đăng ký.");
                browser.click(By.cssSelector("label[for='severity-MAJOR']"));
                browser.click(By.id("add-finding"));
                browser.waitFor(By.id("flash"));
                browser.click(By.cssSelector(".finding-card details summary"));
                browser.find(By.cssSelector(".action-form textarea[name=description]"))
                        .sendKeys("Ký hợp đồng liên kết với tổ viên.");
                browser.find(By.cssSelector(".action-form input[name=owner]")).sendKeys("Tổ trưởng Huỳnh Văn Quang");
                ((JavascriptExecutor) chrome).executeScript("arguments[0].value = arguments[1];",
                        browser.find(By.cssSelector(".action-form input[name=deadline]")),
                        today.plusDays(30).toString());
                browser.click(By.cssSelector(".action-form button[type=submit]"));
                browser.waitForText(By.id("flash"), "Đã ghi biện pháp khắc phục.");

                // A photo from the camera with the position the browser gives once the inspector allows it.
                chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
                chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                        Map.of("latitude", 10.9312, "longitude", 107.2417, "accuracy", 15));
                Path photo = Files.createTempFile("nhan-", ".png");
                try {
                    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8,
                            java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
                    browser.find(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
                    new org.openqa.selenium.support.ui.Select(browser.find(By.id("photo-item")))
                            .selectByValue("NHAN.1");
                    browser.click(By.id("photo-upload"));
                    browser.waitForText(By.id("photos"), "10.931200, 107.241700 (±15 m)");
                } finally {
                    Files.deleteIfExists(photo);
                }
                assertThat(jdbc.sql("SELECT item_code FROM inspection.visit_photo WHERE visit_id = :v")
                        .param("v", visit).query(String.class).single()).isEqualTo("NHAN.1");

                browser.click(By.cssSelector("label[for='outcome-PROPOSE_REVOCATION']"));
                assertThat(browser.find(By.id("ground-block")).isDisplayed()).isTrue();
                browser.click(By.cssSelector("label[for='outcome-CORRECTIVE_ACTION_REQUIRED']"));
                assertThat(browser.find(By.id("ground-block")).isDisplayed()).isFalse();
                browser.find(By.id("conclusion")).sendKeys("Khắc phục trong 30 ngày.");
                browser.screenshot("inspection-visit-outcome-390");
                browser.click(By.id("submit-visit"));
                browser.waitFor(By.id("visit-outcome"));
                assertThat(browser.text(By.id("visit-outcome"))).contains("Yêu cầu khắc phục");
                browser.screenshot("inspection-visit-record-390");
                assertThat(jdbc.sql("SELECT status || ' ' || outcome FROM inspection.visit WHERE id = :v")
                        .param("v", visit).query(String.class).single())
                        .isEqualTo("SUBMITTED CORRECTIVE_ACTION_REQUIRED");
                assertThat(((JavascriptExecutor) chrome).executeScript(
                        "return localStorage.getItem('ocop.inspection.visit.' + arguments[0]);", visit)).isNull();
            } catch (RuntimeException | AssertionError e) {
                failure(browser, "inspection-visit-99-failure");
                throw e;
            }
        }
    }

    @Test
    void aSaveFromAnotherDeviceIsAConflictSaidPlainly() throws Exception {
        long pepper = InspectionPageFixtures.product(jdbc, PEPPER);
        long visit = accounts.runAs("canbo", () -> api.startVisit(new StartVisitInput(null, null, pepper,
                AdHocReason.OTHER, "Kiểm tra thử xung đột", LocalDate.now(clock), List.of()))).id();
        try (Browser browser = Browser.open(port, 390, 844)) {
            try {
                browser.signIn("canbo", "demo").go("/inspections/visits/" + visit);
                browser.waitFor(By.id("visit-form"));
                tap(browser, "SX.1", Answer.MEETS);
                savedOnServer(browser);
                accounts.runAs("canbo", () -> api.saveDraft(visit, new DraftInput("laptop-" + UUID.randomUUID(), 1,
                        List.of(new DraftInput.AnswerInput("SX.2", Answer.NOT_APPLICABLE, "Từ máy tính")),
                        api.visit(visit).version())));
                tap(browser, "SX.2", Answer.MEETS);
                wait(browser).until(d -> status(browser).contains("Biên bản vừa được lưu từ một thiết bị khác"));
                browser.screenshot("inspection-visit-conflict-390");
                assertThat(answer(visit, "SX.2")).containsEntry("answer", "NOT_APPLICABLE");
                browser.click(By.id("save-reload"));
                browser.waitFor(By.id("visit-form"));
                wait(browser).until(d -> radio(browser, "SX.2", Answer.NOT_APPLICABLE).isSelected());
                assertThat(radio(browser, "SX.1", Answer.MEETS).isSelected()).isTrue();
            } catch (RuntimeException | AssertionError e) {
                failure(browser, "inspection-conflict-99-failure");
                throw e;
            }
        }
    }

    /**
     * A photo taken with no connection is kept on the phone ("Chờ gửi"), still there after a reload without network
     * for photos, and reaches the server exactly once when the connection comes back; the page then shows it uploaded.
     */
    @Test
    void aPhotoTakenOfflineIsKeptAndSentOnceBackOnline() throws Exception {
        long pepper = InspectionPageFixtures.product(jdbc, PEPPER);
        long visit = accounts.runAs("canbo", () -> api.startVisit(new StartVisitInput(null, null, pepper,
                AdHocReason.OTHER, "Kiểm tra thử ảnh khi mất mạng", LocalDate.now(clock), List.of()))).id();
        Path photo = Files.createTempFile("kho-", ".png");
        try (Browser browser = Browser.open(port, 390, 844)) {
            try {
                javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(6, 6,
                        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
                browser.signIn("canbo", "demo").go("/inspections/visits/" + visit);
                browser.waitFor(By.id("visit-form"));
                ChromeDriver chrome = (ChromeDriver) browser.driver();
                chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
                chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                        Map.of("latitude", 10.9312, "longitude", 107.2417, "accuracy", 15));
                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                chrome.setNetworkConditions(offline);

                browser.find(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
                new org.openqa.selenium.support.ui.Select(browser.find(By.id("photo-item"))).selectByValue("NHAN.1");
                browser.click(By.id("photo-upload"));
                wait(browser).until(d -> waiting(browser).contains("Chờ gửi — sẽ gửi khi có mạng"));
                assertThat(waiting(browser)).contains("Mục NHAN.1");
                assertThat(browser.find(By.cssSelector("#photo-pending img")).getAttribute("src")).startsWith("blob:");
                assertThat(photos(visit)).isZero();

                // Reloaded while photos still cannot go (Chrome cannot load a page offline: the upload is blocked).
                chrome.executeCdpCommand("Network.enable", Map.of());
                chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/photos")));
                chrome.deleteNetworkConditions();
                chrome.navigate().refresh();
                browser.waitFor(By.id("visit-form"));
                wait(browser).until(d -> waiting(browser).contains("Chờ gửi — sẽ gửi khi có mạng"));
                wait(browser).until(d -> ((Number) ((JavascriptExecutor) chrome).executeScript(
                        "return document.querySelector('#photo-pending img').naturalWidth;")).intValue() == 6);
                assertThat(browser.find(By.id("no-photos")).isDisplayed()).isFalse();
                browser.screenshot("inspection-visit-photo-waiting-390");
                chrome.setNetworkConditions(offline);
                chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
                assertThat(photos(visit)).isZero();

                chrome.deleteNetworkConditions();
                wait(browser).until(d -> photos(visit) == 1);
                browser.settling().until(d -> browser.text(By.id("photos")).contains("Mục NHAN.1 · 10.931200"));
                assertThat(browser.find(By.id("photo-pending")).isDisplayed()).isFalse();
                assertThat(browser.driver().findElements(By.cssSelector("#photos .photo-grid img[src*='/photos/']")))
                        .hasSize(1);
                Thread.sleep(9000); // longer than the retry timer: nothing is sent again
                assertThat(photos(visit)).isEqualTo(1);
                assertThat(jdbc.sql("SELECT item_code FROM inspection.visit_photo WHERE visit_id = :v")
                        .param("v", visit).query(String.class).single()).isEqualTo("NHAN.1");
                assertThat(((JavascriptExecutor) chrome).executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "OcopPhotoQueue.of(String(arguments[0])).then(function (p) { done(p.length); });",
                        visit)).isEqualTo(0L);
            } catch (RuntimeException | AssertionError e) {
                failure(browser, "inspection-photo-99-failure");
                throw e;
            }
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private static String waiting(Browser browser) {
        return browser.text(By.id("photo-pending"));
    }

    private int photos(long visit) {
        return jdbc.sql("SELECT count(*) FROM inspection.visit_photo WHERE visit_id = :v").param("v", visit)
                .query(Integer.class).single();
    }

    private static void tap(Browser browser, String code, Answer answer) {
        browser.click(By.cssSelector(".check-item[data-code='" + code + "'] label[for$='-" + answer.name() + "']"));
    }

    private static WebElement radio(Browser browser, String code, Answer answer) {
        return browser.find(By.cssSelector(".check-item[data-code='" + code + "'] input[value='" + answer.name()
                + "']"));
    }

    private static void note(Browser browser, String code, String text) {
        browser.click(By.cssSelector(".check-item[data-code='" + code + "'] textarea"));
        browser.find(By.cssSelector(".check-item[data-code='" + code + "'] textarea")).sendKeys(text);
    }

    private static String status(Browser browser) {
        return browser.text(By.id("save-status"));
    }

    private static void savedOnServer(Browser browser) {
        wait(browser).until(d -> status(browser).startsWith("Đã lưu"));
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(25));
    }

    private Map<String, Object> answer(long visit, String code) {
        return jdbc.sql("SELECT answer, note FROM inspection.visit_item WHERE visit_id = :v AND code = :c")
                .param("v", visit).param("c", code).query().singleRow();
    }

    private static void failure(Browser browser, String name) throws Exception {
        browser.screenshot(name);
        Files.writeString(Path.of("target", "screenshots", name + ".html"),
                browser.driver().getCurrentUrl() + "\n" + browser.driver().getPageSource());
    }
}
