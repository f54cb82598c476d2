package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hủy dự thảo Mẫu 01: the dossier lets go of the discarded draft and drafting the form again makes a new one. */
@OcopIntegrationTest
class FormDraftDiscardTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private DossierFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DossierFixtures(port, context);
    }

    String draftMau01(PageSession officer, long dossier) {
        officer.get("/dossiers/" + dossier);
        var drafted = officer.post("/dossiers/" + dossier + "/documents/mau-01", PageSession.form());
        assertThat(drafted.getStatusCode().value()).isEqualTo(302);
        return PageSession.location(drafted);
    }

    @Test
    void aDiscardedMau01DraftIsDroppedAndDraftedAnew() {
        long dossier = fixtures.inState("SUBMITTED");
        PageSession officer = PageSession.signIn(port, "canbo");
        String first = draftMau01(officer, dossier);
        assertThat(draftMau01(officer, dossier)).as("a draft is revised in place").isEqualTo(first);
        assertThat(officer.get("/dossiers/" + dossier).getBody()).contains("href=\"" + first + "\"");

        TestHttp canbo = TestHttp.as(port, "canbo", "demo");
        String version = canbo.get("/api/v1" + first).getBody().replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        var discarded = canbo.post("/api/v1" + first + "/discard",
                "{\"reason\": \"Thiếu số phiếu đăng ký\", \"version\": " + version + "}");
        assertThat(discarded.getStatusCode().value()).as(discarded.getBody()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT form01_document_id FROM dossier.dossier WHERE id = :id").param("id", dossier)
                .query(Long.class).optional()).isEmpty();
        assertThat(officer.get("/dossiers/" + dossier).getBody()).doesNotContain("href=\"" + first + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE entity_type = 'dossier' AND entity_id = :id "
                        + "AND after_json ->> 'note' = 'Dự thảo đã hủy: Thiếu số phiếu đăng ký'")
                .param("id", String.valueOf(dossier)).query(Integer.class).single()).isEqualTo(1);

        String second = draftMau01(officer, dossier);
        assertThat(second).startsWith("/documents/").isNotEqualTo(first);
        assertThat(canbo.get("/api/v1" + second).getBody()).contains("\"status\":\"DRAFT\"");
        assertThat(officer.get("/dossiers/" + dossier).getBody()).contains("href=\"" + second + "\"");
    }
}
