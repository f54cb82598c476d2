package ocop.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.access.UserAccounts;
import ocop.certification.CertificateFixtures;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Xác nhận chủ thể không còn sản xuất" on the certificate page (Điều 8.1.đ): the ward officer's form shows each error
 * under its field and keeps what was typed; a good form opens the draft công văn; the page then shows the draft and no
 * second form, and a second post is refused in place; the producer and the leader see no form.
 */
@OcopIntegrationTest
class CessationPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RegistryApi registry;

    @Autowired
    Clock clock;

    @Test
    void theFormShowsErrorsInPlaceKeepsTheTypingAndDraftsTheCongVan() {
        LocalDate today = LocalDate.now(clock);
        long id = CertificateFixtures.ownProduct(jdbc, events, accounts, registry, CessationTests.PRODUCER,
                "Chả quế Thử trang thu hồi " + System.nanoTime() % 100_000, 3, today.minusMonths(7));
        String path = "/certificates/" + id;
        PageSession canbo = PageSession.signIn(port, "canbo");
        assertThat(canbo.get(path).getBody()).contains("id=\"cessation-form\"", "Xác nhận chủ thể không còn sản xuất")
                .doesNotContain("id=\"cessation-proposal\"");

        String how = "Làm việc trực tiếp với chủ thể ngày 02/11/2026; chủ thể có đơn xin dừng sản xuất";
        var refused = canbo.submit(path, path + "/cessation", PageSession.form("stoppedOn",
                today.plusDays(3).toString(), "verifiedHow", how, "note", "Ghi chú <giữ nguyên>"));
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        String html = refused.getBody();
        assertThat(html).contains("id=\"stoppedOn-error\"", "Ngày dừng sản xuất không được sau hôm nay.")
                .containsPattern("<details[^>]*id=\"cessation-details\"[^>]*open|<details[^>]*open[^>]*id=\"cessation-details\"")
                .containsPattern("id=\"cessation-stoppedOn\"[^>]*value=\"" + today.plusDays(3) + "\"")
                .contains(">" + how + "</textarea>", "value=\"Ghi chú &lt;giữ nguyên&gt;\"")
                .doesNotContain("id=\"verifiedHow-error\"");
        // the revocation form's own errors stay empty
        assertThat(html).doesNotContain("id=\"decisionNo-error\"");

        var blank = canbo.submit(path, path + "/cessation", PageSession.form("stoppedOn", today.toString(),
                "verifiedHow", "  "));
        assertThat(blank.getBody()).contains("id=\"verifiedHow-error\"").doesNotContain("id=\"stoppedOn-error\"");

        var drafted = canbo.submit(path, path + "/cessation", PageSession.form("stoppedOn",
                today.minusDays(5).toString(), "verifiedHow", how, "note", ""));
        assertThat(drafted.getStatusCode().value()).isEqualTo(302);
        assertThat(PageSession.location(drafted)).matches("/documents/\\d+");
        long documentId = Long.parseLong(PageSession.location(drafted).replace("/documents/", ""));
        assertThat(canbo.get(PageSession.location(drafted)).getBody()).contains("Đã soạn dự thảo công văn xác nhận");

        String after = canbo.get(path).getBody();
        assertThat(after).contains("id=\"cessation-proposal\"", "chờ lãnh đạo UBND phường ban hành",
                "href=\"/documents/" + documentId + "\"").doesNotContain("id=\"cessation-form\"");

        // a second post (an old tab) is refused in place
        var again = canbo.post(path + "/cessation", PageSession.form("stoppedOn", today.toString(), "verifiedHow", how));
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getBody()).contains("id=\"cessation-error\"", "dự thảo mã " + documentId);

        for (String user : new String[] {"hoangduy", "lanhdao"}) {
            String seen = PageSession.signIn(port, user).get(path).getBody();
            assertThat(seen).as(user).contains("id=\"cessation-proposal\"").doesNotContain("id=\"cessation-form\"");
        }
        var producerPost = PageSession.signIn(port, "hoangduy").submit(path, path + "/cessation",
                PageSession.form("stoppedOn", today.toString(), "verifiedHow", how));
        assertThat(producerPost.getStatusCode().value()).isEqualTo(403);
    }
}
