package ocop.certification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ocop.access.Notifications;
import ocop.access.Notifications.Notice;
import ocop.access.Role;
import ocop.access.UserAccounts;
import ocop.certification.CertificateExpired;
import ocop.certification.CertificateStatus;
import ocop.certification.domain.CertificateStatusPolicy;
import ocop.registry.OcopStatus;
import ocop.registry.RegistryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Xử lý giấy chứng nhận hết hiệu lực (expiry, Điều 8 and 12.3): daily (cron {@code ocop.certification.expiry.cron},
 * 06:10) and on an admin's request, each certificate past its valid-until, not revoked or superseded and not kept
 * valid by Điều 12.3 (so: no re-evaluation in progress, or the extension is over) is handled once — the product's
 * programme status becomes {@code EXPIRED} in the registry, {@link CertificateExpired} is published (the inspection
 * module raises a check from it), and the producer's accounts and the ward officers are told. Idempotent: the row's
 * {@code expiry_handled_on} is set in the same transaction as the event and the notices.
 *
 * <p>The job acts as the system actor ({@link UserAccounts#runAsSystem}: every unit, allowed by the registry to change
 * a product's status), whoever started it, so the product's audit trail and the notices name
 * "Hệ thống (tác vụ tự động)". When the status change fails, it is logged and skipped; the event and the notices
 * still go out.
 */
@Component
public class CertificateExpiry {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CertificateRepository certificates;
    private final CertificateStatusPolicy policy;
    private final RegistryApi registry;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    CertificateExpiry(CertificateRepository certificates, CertificateStatusPolicy policy, RegistryApi registry,
                      UserAccounts accounts, Notifications notifications, ApplicationEventPublisher events,
                      TransactionTemplate tx, Clock clock) {
        this.certificates = certificates;
        this.policy = policy;
        this.registry = registry;
        this.accounts = accounts;
        this.notifications = notifications;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${ocop.certification.expiry.cron:0 10 6 * * *}", zone = "${ocop.timezone:Asia/Ho_Chi_Minh}")
    void daily() {
        run(LocalDate.now(clock));
    }

    /** Handles the certificates expired on {@code today}, as the system actor; returns how many were handled. */
    public int run(LocalDate today) {
        return accounts.runAsSystem(() -> handle(today));
    }

    private int handle(LocalDate today) {
        int handled = 0;
        for (CertificateRow c : certificates.pastExpiryUnhandled(today)) {
            if (policy.status(c.facts(), today) != CertificateStatus.EXPIRED) {
                continue;
            }
            markProductExpired(c);
            LocalDate expiredOn = policy.lastDayInForce(c.facts()).plusDays(1);
            Boolean done = tx.execute(s -> {
                if (!certificates.markExpiryHandled(c.id(), today)) {
                    return false;
                }
                events.publishEvent(new CertificateExpired(c.id(), c.productId(), c.unitCode(), expiredOn));
                Notice notice = notice(c, expiredOn);
                notifications.notifyProducer(c.producerId(), null, notice);
                notifications.notifyRole(Role.WARD_OFFICER, c.unitCode(), notice);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                handled++;
                log.info("Certificate {} (product {}) expired on {}", c.id(), c.productId(), expiredOn);
            }
        }
        return handled;
    }

    private void markProductExpired(CertificateRow c) {
        try {
            registry.product(c.productId())
                    .filter(p -> p.status() != OcopStatus.EXPIRED && p.status() != OcopStatus.REVOKED)
                    .ifPresent(p -> registry.changeStatus(c.productId(), OcopStatus.EXPIRED));
        } catch (RuntimeException e) {
            log.warn("Certificate {}: product {} not marked EXPIRED ({})", c.id(), c.productId(), e.toString());
        }
    }

    private static Notice notice(CertificateRow c, LocalDate expiredOn) {
        String product = c.publicProductName() != null ? c.publicProductName() : "giấy chứng nhận " + c.number();
        return new Notice("Giấy chứng nhận OCOP đã hết hiệu lực: " + product,
                "Giấy chứng nhận số " + (c.number() == null ? "(chưa ghi số)" : c.number()) + " hết hiệu lực từ ngày "
                        + DAY.format(expiredOn) + ". Sản phẩm không còn được sử dụng nhãn OCOP và hạng sao; "
                        + "chủ thể có thể nộp hồ sơ đánh giá lại để được công nhận lại.",
                "/certificates/" + c.id());
    }
}
