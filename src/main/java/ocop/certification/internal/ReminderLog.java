package ocop.certification.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code certification.reminder_sent}: the reminders already sent (or skipped while catching up), one per stage. */
@Repository
class ReminderLog {

    private final JdbcClient jdbc;

    ReminderLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean recorded(long certificateId, int stage) {
        return jdbc.sql("SELECT count(*) FROM certification.reminder_sent WHERE certificate_id = :c AND stage_days = :s")
                .param("c", certificateId).param("s", stage).query(Integer.class).single() > 0;
    }

    /** Records a stage; false when it was already recorded (by another run): then nothing must be sent. */
    boolean record(long certificateId, int stage, LocalDate dueOn, LocalDate today, boolean skipped) {
        return jdbc.sql("""
                INSERT INTO certification.reminder_sent (certificate_id, stage_days, due_on, sent_on, skipped)
                VALUES (:c, :s, :due, :today, :skipped) ON CONFLICT DO NOTHING""")
                .param("c", certificateId).param("s", stage).param("due", dueOn).param("today", today)
                .param("skipped", skipped).update() == 1;
    }

    void recipients(long certificateId, int stage, int recipients) {
        jdbc.sql("UPDATE certification.reminder_sent SET recipients = :r WHERE certificate_id = :c AND stage_days = :s")
                .param("r", recipients).param("c", certificateId).param("s", stage).update();
    }
}
