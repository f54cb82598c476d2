package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.access.Notifications;
import ocop.access.Notifications.Notice;
import ocop.access.Role;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.JsonNode;

/**
 * In-app notifications: a role of one ward is told (not another ward's), a producer's accounts are told (not another
 * producer's), each person reads and marks only their own; e-mail is off unless an SMTP host is configured.
 */
@OcopIntegrationTest
class NotificationTests {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Test
    void theOfficersOfOneWardAreToldAndNoOneElse() {
        int before = unread("canbobv");
        int told = notifications.notifyRole(Role.WARD_OFFICER, "26080", new Notice("Thử thông báo phường",
                "Nội dung thử", "/dossiers"));
        assertThat(told).isGreaterThanOrEqualTo(1);
        JsonNode mine = list("canbo");
        assertThat(DossierHttp.texts(mine, "title")).contains("Thử thông báo phường");
        assertThat(unread("canbobv")).isEqualTo(before);
    }

    @Test
    void aProducerIsToldAndReadsItsOwnNoticesOnly() {
        long producer = DossierHttp.producerId(port, "gio cha truyen thong");
        notifications.notifyProducer(producer, null, new Notice("Thử gửi chủ thể", null, "/dossiers"));
        JsonNode mine = list("hoangduy");
        long id = mine.valueStream().filter(n -> n.get("title").asString().equals("Thử gửi chủ thể")).findFirst()
                .orElseThrow().get("id").asLong();
        assertThat(DossierHttp.texts(list("minhduc"), "title")).doesNotContain("Thử gửi chủ thể");

        DossierHttp minhduc = new DossierHttp(port, "minhduc");
        assertThat(minhduc.post("/api/v1/notifications/" + id + "/read", null).getStatusCode().value()).isEqualTo(404);
        DossierHttp hoangduy = new DossierHttp(port, "hoangduy");
        int before = unread("hoangduy");
        assertThat(hoangduy.post("/api/v1/notifications/" + id + "/read", null).getStatusCode().value()).isEqualTo(204);
        assertThat(unread("hoangduy")).isEqualTo(before - 1);
        hoangduy.post("/api/v1/notifications/read-all", null);
        assertThat(unread("hoangduy")).isZero();
    }

    @Test
    void anEmailAddressIsCheckedAndMailIsOffWithoutAnSmtpHost() {
        accounts.runAs("vanhoa", () -> {
            notifications.setMyEmail("vanhoa@longkhanh.gov.vn");
            assertThat(notifications.myEmail()).contains("vanhoa@longkhanh.gov.vn");
            notifications.setMyEmail(" ");
            assertThat(notifications.myEmail()).isEmpty();
            return null;
        });
        assertThat(accounts.runAs("vanhoa", () -> {
            try {
                notifications.setMyEmail("không phải e-mail");
                return false;
            } catch (ocop.system.InvalidInputException e) {
                return e.errors().get(0).field().equals("email");
            }
        })).isTrue();
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
    }

    private JsonNode list(String who) {
        DossierHttp http = new DossierHttp(port, who);
        return http.ok(http.get("/api/v1/notifications?limit=200"));
    }

    private int unread(String who) {
        DossierHttp http = new DossierHttp(port, who);
        return http.ok(http.get("/api/v1/notifications/unread-count")).get("unread").asInt();
    }
}
