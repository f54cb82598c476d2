package ocop.criteria.web;

import static ocop.criteria.web.CriteriaHttp.badRequestFields;
import static ocop.criteria.web.CriteriaHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.AuditTrail;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.TestSheets;
import ocop.criteria.internal.SheetJson;
import ocop.criteria.internal.SheetXlsxReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The sheet API over real HTTP: reading, exports, and the administrators' import (preview, commit, versions). */
@OcopIntegrationTest
class CriteriaSheetApiTests {

    static final String SHEET = "QD26-25";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Test
    void anySignedInUserListsAndReadsTheSheets() {
        TestHttp hoangduy = TestHttp.as(port, "hoangduy", "demo");
        JsonNode list = json(hoangduy.get("/api/v1/criteria-sheets"));
        assertThat(list.size()).isGreaterThanOrEqualTo(27);
        JsonNode qd08 = list.valueStream().filter(s -> s.get("code").asString().equals("QD26-08")).findFirst()
                .orElseThrow();
        assertThat(qd08.get("status").asString()).isEqualTo("OFFICIAL");
        assertThat(qd08.get("appliesTo").get(0).asString()).isEqualTo("I.3.d");
        assertThat(qd08.get("checkedAgainstSignedText").asBoolean()).isFalse();
        assertThat(qd08.get("versions").get(0).asInt()).isEqualTo(1);

        var one = hoangduy.get("/api/v1/criteria-sheets/QD26-08?version=1");
        assertThat(one.getStatusCode().value()).isEqualTo(200);
        assertThat(SheetJson.read(one.getBody(), "api")).isEqualTo(TestSheets.bundled("QD26-08"));
        var missing = hoangduy.get("/api/v1/criteria-sheets/QD26-99");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(TestHttp.isProblem(missing)).isTrue();

        var xlsx = CriteriaHttp.bytes(port, "hoangduy", "/api/v1/criteria-sheets/QD26-08/xlsx?version=1");
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(SheetXlsxReader.read(xlsx.getBody()).sheet()).isEqualTo(TestSheets.bundled("QD26-08"));
    }

    @Test
    void onlyAdministratorsImport() {
        byte[] json = TestHttp.as(port, "canbo", "demo").get("/api/v1/criteria-sheets/" + SHEET).getBody()
                .getBytes(StandardCharsets.UTF_8);
        var preview = CriteriaHttp.upload(port, "canbo", "/api/v1/criteria-sheets/import/preview", "a.json", json);
        assertThat(preview.getStatusCode().value()).isEqualTo(403);
        var commit = CriteriaHttp.upload(port, "canbo", "/api/v1/criteria-sheets/import", "a.json", json);
        assertThat(commit.getStatusCode().value()).isEqualTo(403);
        assertThat(TestHttp.isProblem(commit)).isTrue();
    }

    @Test
    void exportThenImportGivesTheSameSheetAsJsonAndAsXlsx() {
        int version = latest(SHEET);
        byte[] json = admin().get("/api/v1/criteria-sheets/" + SHEET).getBody().getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = CriteriaHttp.bytes(port, "admin", "/api/v1/criteria-sheets/" + SHEET + "/xlsx").getBody();
        for (var file : new Object[][] {{"export.json", json}, {"export.xlsx", xlsx}}) {
            JsonNode preview = json(CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import/preview",
                    (String) file[0], (byte[]) file[1]));
            assertThat(preview.get("valid").asBoolean()).as(preview.toString()).isTrue();
            assertThat(preview.get("committable").asBoolean()).isFalse();
            assertThat(preview.get("criteriaChanged").asInt()).isZero();
            assertThat(preview.get("sheetChanges").size()).isZero();
            assertThat(preview.get("currentVersion").asInt()).isEqualTo(version);
        }
        assertThat(badRequestFields(CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import",
                "export.json", json))).containsExactly("file");
        assertThat(latest(SHEET)).isEqualTo(version);
    }

    @Test
    void aChangedSheetIsPreviewedThenStoredAsTheNextVersion() {
        int version = latest(SHEET);
        String text = admin().get("/api/v1/criteria-sheets/" + SHEET).getBody();
        String label = firstLabel(SheetJson.read(text, "now"));
        String changedLabel = "Nuôi trên địa bàn dưới 50% (sửa lần " + (version + 1) + ")";
        byte[] changed = text.replaceFirst(Pattern.quote(label), changedLabel).getBytes(StandardCharsets.UTF_8);

        JsonNode preview = json(CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import/preview",
                "sua.json", changed));
        assertThat(preview.get("newSheet").asBoolean()).isFalse();
        assertThat(preview.get("currentVersion").asInt()).isEqualTo(version);
        assertThat(preview.get("nextVersion").asInt()).isEqualTo(version + 1);
        assertThat(preview.get("criteriaChanged").asInt()).isEqualTo(1);
        assertThat(preview.get("criteriaModified").get(0).asString()).isEqualTo("1.1");
        assertThat(latest(SHEET)).as("a preview stores nothing").isEqualTo(version);

        var stored = CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import?basedOnVersion=" + version,
                "sua.json", changed);
        assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(201);
        assertThat(latest(SHEET)).isEqualTo(version + 1);
        CriteriaSheet now = SheetJson.read(admin().get("/api/v1/criteria-sheets/" + SHEET).getBody(), "now");
        assertThat(now.version()).isEqualTo(version + 1);
        assertThat(firstLabel(now)).isEqualTo(changedLabel);
        assertThat(firstLabel(SheetJson.read(admin().get("/api/v1/criteria-sheets/" + SHEET + "?version=" + version)
                .getBody(), "old"))).isEqualTo(label);
        assertThat(audit.history("criteria-sheet", SHEET + "@" + (version + 1)))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("IMPORT"));

        byte[] again = text.replaceFirst(Pattern.quote(label), "Lại sửa").getBytes(StandardCharsets.UTF_8);
        var stale = CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import?basedOnVersion=" + version,
                "cu.json", again);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(latest(SHEET)).isEqualTo(version + 1);
    }

    @Test
    void anInvalidUploadListsEveryErrorAndWritesNothing() {
        int version = latest(SHEET);
        String text = admin().get("/api/v1/criteria-sheets/" + SHEET).getBody();
        byte[] broken = text.replaceFirst("\"max\": 40", "\"max\": 41").replaceFirst("\"points\": 0", "\"points\": -2")
                .replaceFirst("\"appliesTo\": \\[\\s*\"[^\"]+\"", "\"appliesTo\": [\"IX.9.z\"")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode preview = json(CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import/preview",
                "hong.json", broken));
        assertThat(preview.get("valid").asBoolean()).isFalse();
        assertThat(preview.get("errors").size()).isGreaterThanOrEqualTo(3);
        assertThat(preview.get("errors").toString()).contains("IX.9.z", "41", "-2");

        var commit = CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import", "hong.json", broken);
        assertThat(badRequestFields(commit)).hasSizeGreaterThanOrEqualTo(3).containsOnly("file");
        assertThat(json(commit).get("detail").asString()).contains("lỗi");
        var malformed = CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import", "x.json",
                "{\"code\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(badRequestFields(malformed)).containsExactly("file");
        assertThat(latest(SHEET)).isEqualTo(version);
    }

    @Test
    void aNewCodeIsStoredAsVersionOne() {
        String code = "THU-" + (System.nanoTime() % 100000);
        String text = admin().get("/api/v1/criteria-sheets/QD26-24").getBody()
                .replace("\"code\": \"QD26-24\"", "\"code\": \"" + code + "\"")
                .replace("\"status\": \"OFFICIAL\"", "\"status\": \"DRAFT\"");
        var stored = CriteriaHttp.upload(port, "admin", "/api/v1/criteria-sheets/import", "moi.json",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(201);
        assertThat(json(stored).get("newSheet").asBoolean()).isTrue();
        assertThat(json(stored).get("nextVersion").asInt()).isEqualTo(1);
        assertThat(json(stored).get("criteriaAdded").size()).isGreaterThan(20);
        assertThat(SheetJson.read(admin().get("/api/v1/criteria-sheets/" + code).getBody(), code).status().name())
                .isEqualTo("DRAFT");
    }

    private static String firstLabel(CriteriaSheet sheet) {
        return sheet.parts().get(0).sections().get(0).criteria().get(0).options().get(0).label();
    }

    private TestHttp admin() {
        return TestHttp.as(port, "admin", "demo");
    }

    private int latest(String code) {
        return json(admin().get("/api/v1/criteria-sheets")).valueStream()
                .filter(s -> s.get("code").asString().equals(code)).findFirst().orElseThrow().get("version").asInt();
    }
}
