package ocop.certification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import ocop.access.Notifications;
import ocop.access.Notifications.Notice;
import ocop.access.Role;
import ocop.access.UserAccounts;
import ocop.certification.domain.CertificateStatusPolicy;
import ocop.certification.domain.ReminderSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nhắc hạn đánh giá lại (the staged reminders job): every day (cron {@code ocop.certification.reminders.cron},
 * 06:00) and on an admin's request, for each certificate in force without a re-evaluation in progress, sends the
 * latest due stage of {@link ReminderSchedule} — in-app (and by e-mail where configured) to the producer's accounts
 * and the ward officers. Idempotent through {@link ReminderLog}: each stage is recorded once (insert-if-absent in the
 * same transaction as the notices), so running twice or after a restart sends nothing again; stages missed during
 * downtime are recorded as skipped and only the latest is sent. The job acts as the system actor
 * ({@link UserAccounts#runAsSystem}), so the notices name "Hệ thống (tác vụ tự động)" as their sender.
 */
@Component
public class RenewalReminders {

    private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CertificateRepository certificates;
    private final ReminderLog reminders;
    private final Notifications notifications;
    private final CertificateStatusPolicy policy;
    private final ReminderSchedule schedule;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final UserAccounts accounts;

    RenewalReminders(CertificateRepository certificates, ReminderLog reminders, Notifications notifications,
                     CertificateStatusPolicy policy, TransactionTemplate tx, Clock clock, UserAccounts accounts,
                     @Value("${ocop.certification.reminders.stages:210,180,150,130,120}") List<Integer> stages) {
        this.accounts = accounts;
        this.certificates = certificates;
        this.reminders = reminders;
        this.notifications = notifications;
        this.policy = policy;
        this.tx = tx;
        this.clock = clock;
        this.schedule = new ReminderSchedule(stages);
    }

    @Scheduled(cron = "${ocop.certification.reminders.cron:0 0 6 * * *}", zone = "${ocop.timezone:Asia/Ho_Chi_Minh}")
    void daily() {
        run(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today}, as the system actor; returns how many certificates were reminded. */
    public int run(LocalDate today) {
        return accounts.runAsSystem(() -> remindAll(today));
    }

    private int remindAll(LocalDate today) {
        int sent = 0;
        for (CertificateRow c : certificates.inForceUntilBetween(today, today.plusDays(schedule.longest()))) {
            if (c.reevaluationInProgress() || !policy.status(c.facts(), today).inForce()) {
                continue;
            }
            List<Integer> due = schedule.due(c.validUntil(), today);
            if (due.isEmpty()) {
                continue;
            }
            int latest = due.get(due.size() - 1);
            if (reminders.recorded(c.id(), latest)) {
                continue;
            }
            Boolean done = tx.execute(s -> remind(c, latest, due, today));
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Renewal reminders on {}: {} certificate(s) reminded", today, sent);
        }
        return sent;
    }

    private boolean remind(CertificateRow c, int stage, List<Integer> due, LocalDate today) {
        if (!reminders.record(c.id(), stage, c.validUntil().minusDays(stage), today, false)) {
            return false;
        }
        for (int earlier : due) {
            if (earlier != stage) {
                reminders.record(c.id(), earlier, c.validUntil().minusDays(earlier), today, true);
            }
        }
        Notice notice = notice(c, stage);
        int n = notifications.notifyProducer(c.producerId(), null, notice)
                + notifications.notifyRole(Role.WARD_OFFICER, c.unitCode(), notice);
        reminders.recipients(c.id(), stage, n);
        return true;
    }

    Notice notice(CertificateRow c, int stage) {
        String product = c.publicProductName() != null ? c.publicProductName() : "giấy chứng nhận " + c.number();
        LocalDate opens = policy.window().opensOn(c.validUntil());
        LocalDate closes = policy.window().closesOn(c.validUntil());
        String title;
        if (stage == policy.window().closesDaysBefore()) {
            title = "Hôm nay là hạn cuối nộp hồ sơ đánh giá lại OCOP: " + product;
        } else if (stage == policy.window().opensDaysBefore()) {
            title = "Bắt đầu thời hạn nộp hồ sơ đánh giá lại OCOP: " + product;
        } else if (stage > policy.window().opensDaysBefore()) {
            title = "Chuẩn bị hồ sơ đánh giá lại OCOP: " + product;
        } else {
            title = "Còn " + (stage - policy.window().closesDaysBefore()) + " ngày đến hạn cuối nộp hồ sơ đánh giá lại: "
                    + product;
        }
        String body = "Giấy chứng nhận OCOP số " + (c.number() == null ? "(chưa ghi số)" : c.number())
                + " hết hiệu lực sau ngày " + DAY.format(c.validUntil()) + ". Hồ sơ đánh giá lại nộp từ ngày "
                + DAY.format(opens) + " đến hết ngày " + DAY.format(closes)
                + " (Điều 7.6.a Quyết định 26/2026/QĐ-TTg).";
        return new Notice(title, body, "/certificates/" + c.id());
    }

    /** The configured stages, for the pages. */
    public String stages() {
        return schedule.stages().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
