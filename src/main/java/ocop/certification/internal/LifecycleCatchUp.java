package ocop.certification.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Bù việc sau thời gian máy chủ tắt: the daily jobs run at 06:00; a ward server that was off then (or for days) does
 * the day's work when it starts — certificates that expired meanwhile are handled and the reminders that fell due are
 * sent. Both jobs are idempotent (each expiry and each reminder stage once), so a start after a normal run changes
 * nothing. Runs after the demo runners; {@code ocop.certification.catch-up-on-start=false} turns it off.
 */
@Component
@Order(1000)
class LifecycleCatchUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LifecycleCatchUp.class);

    private final CertificateExpiry expiry;
    private final RenewalReminders reminders;
    private final Clock clock;
    private final boolean enabled;

    LifecycleCatchUp(CertificateExpiry expiry, RenewalReminders reminders, Clock clock,
                     @Value("${ocop.certification.catch-up-on-start:true}") boolean enabled) {
        this.expiry = expiry;
        this.reminders = reminders;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            catchUp();
        }
    }

    /** Today's expiry handling, then today's reminders; how many of each. */
    int[] catchUp() {
        LocalDate today = LocalDate.now(clock);
        int expired = expiry.run(today);
        int reminded = reminders.run(today);
        if (expired + reminded > 0) {
            log.info("Certificate jobs caught up on start: {} expired, {} reminded", expired, reminded);
        }
        return new int[] {expired, reminded};
    }
}
