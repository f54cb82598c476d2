package ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import ocop.OcopIntegrationTest;
import ocop.dossier.RecognitionRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The certificate from a recognition: one per dossier however often the event comes, none below 3★. */
@OcopIntegrationTest
class RecognitionRecordedListenerTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameRecognitionTwiceLeavesOneCertificateValidThirtySixMonths() {
        long dossier = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
        RecognitionRecorded event = recognition(dossier, 4, LocalDate.of(2028, 2, 29));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        events.publishEvent(event);
        assertThat(count(dossier)).isEqualTo(1);
        var row = jdbc.sql("SELECT number, stars, level, issued_on, valid_until FROM certification.certificate "
                + "WHERE dossier_id = :d").param("d", dossier).query().singleRow();
        assertThat(row.get("number")).isEqualTo("GCN-" + dossier);
        assertThat(row.get("level")).isEqualTo("PROVINCE");
        assertThat(row.get("valid_until").toString()).isEqualTo("2031-02-28");
    }

    @Test
    void noCertificateBelowThreeStarsAndTheMinistryForFive() {
        long low = ThreadLocalRandom.current().nextLong(2_000_000, 3_000_000);
        events.publishEvent(recognition(low, 2, LocalDate.of(2026, 6, 1)));
        assertThat(count(low)).isZero();
        long five = low + 1;
        events.publishEvent(recognition(five, 5, LocalDate.of(2026, 6, 1)));
        assertThat(jdbc.sql("SELECT level FROM certification.certificate WHERE dossier_id = :d").param("d", five)
                .query(String.class).single()).isEqualTo("MINISTRY");
    }

    @Test
    void withoutAnIssueDateTheDecisionDateCounts() {
        long dossier = ThreadLocalRandom.current().nextLong(3_000_000, 4_000_000);
        events.publishEvent(new RecognitionRecorded(dossier, 1, 1, "26080", "75", new BigDecimal("61.00"), 3,
                "12/QĐ-UBND", LocalDate.of(2026, 1, 31), null, null, "tinh"));
        assertThat(jdbc.sql("SELECT valid_until FROM certification.certificate WHERE dossier_id = :d")
                .param("d", dossier).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2029, 1, 31));
    }

    private int count(long dossier) {
        return jdbc.sql("SELECT count(*) FROM certification.certificate WHERE dossier_id = :d").param("d", dossier)
                .query(Integer.class).single();
    }

    private static RecognitionRecorded recognition(long dossier, int stars, LocalDate issued) {
        return new RecognitionRecorded(dossier, 1, 1, "26080", "75", new BigDecimal("72.50"), stars, "77/QĐ-UBND",
                issued, "GCN-" + dossier, issued, "tinh");
    }
}
