package ocop.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.Browser;
import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The settings page and the register page in a browser: who may change settings; search without diacritics. */
@OcopIntegrationTest
class DocumentSettingsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aLeaderAddsASignerAndAnOfficerOnlyReadsTheSettings() {
        try (Browser leader = Browser.open(port, 1280, 1000)) {
            leader.signIn("lanhdao", "demo").go("/documents/settings");
            leader.waitFor(By.id("settings-form"));
            assertThat(leader.find(By.id("nameLines")).getAttribute("value")).isEqualTo("ỦY BAN NHÂN DÂN\nPHƯỜNG LONG KHÁNH");
            assertThat(leader.find(By.id("placeName")).getAttribute("value")).isEqualTo("Long Khánh");
            assertThat(leader.find(By.name("signers[0].fullName")).getAttribute("value")).isEqualTo("Nguyễn Văn Lãnh (minh họa)");
            leader.find(By.name("signers[1].fullName")).sendKeys("Trần Thị Chủ Tịch (minh họa)");
            leader.find(By.name("signers[1].authorityLines")).sendKeys("TM. ỦY BAN NHÂN DÂN", Keys.ENTER, "CHỦ TỊCH");
            leader.screenshot("document-settings");
            leader.click(By.id("save-settings"));
            leader.waitFor(By.cssSelector(".alert-success"));
            assertThat(leader.find(By.name("signers[1].fullName")).getAttribute("value")).isEqualTo("Trần Thị Chủ Tịch (minh họa)");
            assertThat(leader.find(By.name("signers[0].fullName")).getAttribute("value")).isEqualTo("Nguyễn Văn Lãnh (minh họa)");
            assertThat(leader.find(By.cssSelector("input[name=defaultSigner][value='0']")).isSelected()).isTrue();

            leader.find(By.id("placeName")).clear();
            leader.click(By.id("save-settings"));
            leader.waitFor(By.id("placeName-error"));
            assertThat(leader.text(By.id("placeName-error"))).contains("địa danh");
        }
        try (Browser officer = Browser.open(port, 1280, 1000)) {
            officer.signIn("canbo", "demo").go("/documents/settings");
            officer.waitFor(By.id("settings-form"));
            assertThat(officer.driver().findElements(By.id("save-settings"))).isEmpty();
            assertThat(officer.find(By.id("placeName")).isEnabled()).isFalse();
        }
    }

    @Test
    void theRegisterSearchesWithoutDiacriticsAndAProducerIsRefused() {
        try (Browser officer = Browser.open(port, 1280, 1000)) {
            officer.signIn("canbo", "demo").go("/documents/new?type=KH");
            officer.waitFor(By.id("draft-form"));
            officer.find(By.id("subject")).sendKeys("Thực hiện Chương trình mỗi xã một sản phẩm năm 2027");
            officer.find(By.id("sections0.heading")).sendKeys("Mục đích, yêu cầu");
            officer.find(By.id("sections0.body")).sendKeys("1. Mục đích\nNâng cao chất lượng sản phẩm.");
            officer.click(By.id("save-draft"));
            officer.waitForText(By.id("document-status"), "Dự thảo");
            officer.go("/documents");
            officer.find(By.id("q")).sendKeys("moi xa mot san pham nam 2027", Keys.ENTER);
            officer.waitForText(By.id("results"), "Thực hiện Chương trình mỗi xã một sản phẩm năm 2027");
            assertThat(officer.text(By.id("results"))).contains("Kế hoạch", "Dự thảo");
            officer.screenshot("documents-register");
        }
        try (Browser producer = Browser.open(port, 390, 844)) {
            producer.signIn("hoangduy", "demo").go("/documents");
            assertThat(producer.text(By.tagName("main"))).contains("không xem được sổ văn bản");
        }
    }
}
