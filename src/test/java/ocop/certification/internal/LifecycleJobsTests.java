package ocop.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.access.AuditEntry;
import ocop.access.AuditTrail;
import ocop.access.Notifications;
import ocop.PageSession;
import ocop.access.UserAccounts;
import ocop.certification.CertificateExpired;
import ocop.certification.CertificateFixtures;
import ocop.certification.domain.CertificateStatusPolicy;
import ocop.registry.OcopStatus;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily jobs with an injected date: staged reminders sent once each, and expiry handled once — both acting as the
 * system actor, which the product's audit trail and the notices name "Hệ thống (tác vụ tự động)".
 */
@OcopIntegrationTest
@RecordApplicationEvents
class LifecycleJobsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RenewalReminders reminders;

    @Autowired
    CertificateExpiry expiry;

    @Autowired
    CertificateRepository certificates;

    @Autowired
    ReminderLog log;

    @Autowired
    Notifications notifications;

    @Autowired
    CertificateStatusPolicy policy;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Autowired
    RegistryApi registry;

    @Autowired
    ApplicationEvents published;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @Test
    void eachStageIsSentOnceAndCatchingUpSendsOnlyTheLatest() {
        // far in the future so that few other certificates fall in the job's range
        LocalDate issued = LocalDate.of(2034, 3, 15);
        long id = CertificateFixtures.certificate(jdbc, events, accounts, "Giò chả", 4, issued);
        LocalDate until = jdbc.sql("SELECT valid_until FROM certification.certificate WHERE id = :id")
                .param("id", id).query(LocalDate.class).single();
        assertThat(until).isEqualTo(LocalDate.of(2037, 3, 15));

        assertThat(reminders.run(until.minusDays(211))).isGreaterThanOrEqualTo(0);
        assertThat(stages(id)).isEmpty();
        reminders.run(until.minusDays(205));
        assertThat(stages(id)).containsExactly("210:sent");
        int first = notices(id);
        assertThat(first).isPositive();
        assertThat(senders(id)).containsExactly("Hệ thống (tác vụ tự động)");

        reminders.run(until.minusDays(205));
        // a restart: a new instance of the job over the same tables
        new RenewalReminders(certificates, log, notifications, policy, tx, clock, accounts,
                List.of(210, 180, 150, 130, 120))
                .run(until.minusDays(200));
        assertThat(stages(id)).containsExactly("210:sent");
        assertThat(notices(id)).isEqualTo(first);

        // missed 180, 150 and 130: only the last day's reminder goes out
        reminders.run(until.minusDays(120));
        reminders.run(until.minusDays(120));
        assertThat(stages(id)).containsExactly("120:sent", "130:skipped", "150:skipped", "180:skipped", "210:sent");
        assertThat(notices(id)).isEqualTo(2 * first);
        assertThat(jdbc.sql("SELECT title FROM access.notification WHERE body LIKE :n ORDER BY id DESC LIMIT 1")
                .param("n", "%" + number(id) + "%").query(String.class).single()).startsWith("Hôm nay là hạn cuối");
    }

    @Test
    void anExpiredCertificateIsHandledOnceAndAnExtendedOneNot() {
        LocalDate today = LocalDate.now(clock);
        long productId = jdbc.sql("SELECT id FROM registry.product WHERE name LIKE 'Giò chả%' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        OcopStatus before = accounts.runAs("canbo", () -> registry.product(productId).orElseThrow().status());
        try {
            long expired = CertificateFixtures.certificate(jdbc, events, accounts, "Giò chả", 3,
                    today.minusDays(10).minusMonths(36));
            long extended = CertificateFixtures.certificate(jdbc, events, accounts, "Giò chả", 3,
                    today.minusDays(10).minusMonths(36).minusDays(1));
            jdbc.sql("UPDATE certification.certificate SET reevaluation_in_progress = true WHERE id = :id")
                    .param("id", extended).update();

            assertThat(expiry.run(today)).isGreaterThanOrEqualTo(1);
            assertThat(expiry.run(today)).isZero();
            assertThat(published.stream(CertificateExpired.class).filter(e -> e.certificateId() == expired))
                    .singleElement().satisfies(e -> {
                        assertThat(e.productId()).isEqualTo(productId);
                        assertThat(e.unitCode()).isEqualTo("26080");
                        assertThat(e.expiredOn()).isEqualTo(jdbc.sql("SELECT valid_until FROM "
                                + "certification.certificate WHERE id = :id").param("id", expired)
                                .query(LocalDate.class).single().plusDays(1));
                    });
            assertThat(published.stream(CertificateExpired.class).filter(e -> e.certificateId() == extended))
                    .isEmpty();
            assertThat(accounts.runAs("canbo", () -> registry.product(productId).orElseThrow().status()))
                    .isEqualTo(OcopStatus.EXPIRED);
            assertThat(jdbc.sql("SELECT count(*) FROM access.notification WHERE title LIKE 'Giấy chứng nhận OCOP đã "
                    + "hết hiệu lực%' AND body LIKE :n").param("n", "%" + number(expired) + "%")
                    .query(Integer.class).single()).isPositive();
            // the job acted as the system actor, not as a demo officer
            AuditEntry change = accounts.runAs("canbo", () -> audit.history("product", productId)).get(0);
            assertThat(change.afterJson()).contains("\"EXPIRED\"");
            assertThat(change.actorRole()).isEqualTo("SYSTEM");
            assertThat(change.actorLabel()).isEqualTo("Hệ thống (tác vụ tự động)");
            assertThat(senders(expired)).containsExactly("Hệ thống (tác vụ tự động)");
            assertThat(PageSession.signIn(port, "canbo").get("/products/" + productId).getBody())
                    .contains("Hệ thống (tác vụ tự động)");
        } finally {
            accounts.runAs("canbo", () -> registry.changeStatus(productId, before));
        }
    }

    private List<String> stages(long id) {
        return jdbc.sql("SELECT stage_days || ':' || CASE WHEN skipped THEN 'skipped' ELSE 'sent' END "
                        + "FROM certification.reminder_sent WHERE certificate_id = :id ORDER BY stage_days")
                .param("id", id).query(String.class).list();
    }

    private String number(long id) {
        return jdbc.sql("SELECT number FROM certification.certificate WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    private List<String> senders(long id) {
        return jdbc.sql("SELECT DISTINCT sender FROM access.notification WHERE body LIKE :n")
                .param("n", "%" + number(id) + "%").query(String.class).list();
    }

    private int notices(long id) {
        return jdbc.sql("SELECT count(*) FROM access.notification WHERE body LIKE :n")
                .param("n", "%" + number(id) + "%").query(Integer.class).single();
    }
}
