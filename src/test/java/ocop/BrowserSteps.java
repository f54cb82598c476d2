package ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Steps the browser tests share (bước dùng chung): signing in as another demo account, clicking while a page
 * settles, and the producer's side of a dossier — filling Mẫu 02, uploading evidence, finding what the checklist still
 * needs, submitting and waiting for the status the page shows.
 */
public final class BrowserSteps {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private BrowserSteps() {
    }

    /** Signs in afresh as {@code user}: the previous session's cookies are dropped. */
    public static Browser as(Browser browser, String user) {
        browser.go("/login");
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        WebElement username = browser.waitFor(By.id("username"));
        username.sendKeys(user);
        browser.find(By.id("password")).sendKeys("demo");
        browser.find(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.stalenessOf(username));
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> !d.getCurrentUrl().contains("/login") && !d.findElements(By.cssSelector("header nav")).isEmpty());
        return browser;
    }

    /** Clicks as a person would; when the page is still settling (a redirect, a scroll), waits and tries again. */
    public static void press(Browser browser, By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.click(by);
                return;
            } catch (ElementClickInterceptedException | StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
                js(browser, "window.scrollTo(0, 0);");
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** Sets a date input (the browser's own date widget does not take typed ISO dates). */
    public static void date(Browser browser, By by, LocalDate day) {
        js(browser, "arguments[0].value = arguments[1];", browser.find(by), day == null ? "" : day.toString());
    }

    /** The first group of {@code regex} in {@code text}, as a number. */
    public static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A one-page PDF named {@code name} in {@code dir}, to upload. */
    public static Path pdf(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle(name);
            doc.save(out);
            Files.write(file, out.toByteArray());
        }
        return file.toAbsolutePath();
    }

    /** Opens Mẫu 02 from the dossier page, types the fields (by their codes) and saves; back on the dossier page. */
    public static void fillMau02(Browser browser, Map<String, String> fields) {
        String dossier = browser.driver().getCurrentUrl();
        press(browser, By.partialLinkText("Điền Mẫu 02"));
        browser.waitFor(By.id("forms-form"));
        for (Map.Entry<String, String> f : fields.entrySet()) {
            WebElement input = browser.find(By.id(f.getKey()));
            input.clear();
            input.sendKeys(f.getValue());
        }
        WebElement form = browser.find(By.id("forms-form"));
        press(browser, By.cssSelector("#forms-form button[type=submit]"));
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.stalenessOf(form));
        browser.waitFor(By.cssSelector("header nav"));
        assertThat(browser.driver().findElements(By.cssSelector("#forms-form .is-invalid"))).as("Mẫu 02 errors").isEmpty();
        browser.driver().get(dossier);
        browser.waitFor(By.id("checklist"));
    }

    /** Uploads a PDF for checklist item {@code item} through the dossier page's form; {@code expiresOn} may be null. */
    public static void upload(Browser browser, Path dir, String item, String fileName, LocalDate expiresOn)
            throws IOException {
        browser.waitFor(By.id("evidence-form"));
        new Select(browser.find(By.id("itemCode"))).selectByValue(item);
        browser.find(By.id("file")).sendKeys(pdf(dir, fileName).toString());
        browser.find(By.id("issuer")).sendKeys("UBND phường Long Khánh");
        browser.find(By.id("number")).sendKeys("01/" + item);
        if (expiresOn != null) {
            date(browser, By.id("expiresOn"), expiresOn);
        }
        press(browser, By.cssSelector("#evidence-form button[type=submit]"));
        browser.waitFor(By.linkText(fileName));
        assertThat(browser.text(By.id("item-" + item))).contains(fileName);
    }

    /** The checklist items this dossier requires that have no file yet, in the page's order. */
    public static List<String> missingRequired(Browser browser) {
        List<String> out = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#checklist tbody tr"))) {
            String text = row.getText();
            if (text.contains("Bắt buộc") && text.contains("Chưa có")) {
                out.add(row.getAttribute("id").substring("item-".length()));
            }
        }
        return out;
    }

    /** Presses "Nộp hồ sơ" on a complete dossier; waits for "Đã nộp" and returns the registration number. */
    public static String submit(Browser browser) {
        browser.waitForText(By.id("check"), "Kiểm tra thành phần hồ sơ");
        assertThat(browser.driver().findElements(By.id("findings"))).as("form check findings: "
                + browser.driver().findElements(By.id("findings")).stream().map(WebElement::getText).toList())
                .isEmpty();
        press(browser, By.id("action-submit"));
        waitForStatus(browser, "Đã nộp");
        String number = browser.text(By.id("registration-no"));
        assertThat(number).matches("\\d{2}-\\d{2}/PĐK-75-26080-\\d{4}");
        return number;
    }

    /** The dossier's status label in the page title. */
    public static String status(Browser browser) {
        return settledCss(browser, "h1 .badge");
    }

    public static void waitForStatus(Browser browser, String label) {
        browser.settling()
                .withMessage(() -> "status «" + label + "»; page " + browser.driver().getCurrentUrl() + ": "
                        + browser.driver().findElement(By.tagName("main")).getText())
                .until(d -> d.findElements(By.cssSelector("h1 .badge")).stream()
                        .anyMatch(e -> e.getText().equals(label)));
    }

    public static void waitForChange(Browser browser, String id, String before) {
        browser.settling()
                .until(d -> !d.findElement(By.id(id)).getText().equals(before));
    }

    /** The text of the element with this id once the page has settled. */
    public static String settled(Browser browser, String id) {
        return settledCss(browser, "#" + id);
    }

    public static String settledCss(Browser browser, String css) {
        return browser.settling().until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    /** On a failure: a screenshot and the page's HTML under target/screenshots/, then the failure itself. */
    public static void keepFailure(Browser browser, String name) throws IOException {
        browser.screenshot(name);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", name + ".html"),
                browser.driver().getCurrentUrl() + "\n" + browser.driver().getPageSource());
    }
}
