package ocop.inspection.internal;

import ocop.access.UserAccounts;
import ocop.certification.CertificateExpired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Kiểm tra đột xuất khi giấy chứng nhận hết hiệu lực: raises an ad-hoc inspection request for the product in its unit
 * (is the OCOP mark still on the labels?), once per certificate however often the event is delivered.
 *
 * <p>Acts as the system actor ({@link UserAccounts#runAsSystem}): {@code raised_by} is null and the audit entry reads
 * "Hệ thống (tác vụ tự động)". Runs after the publishing transaction commits, in its own; the Event Publication
 * Registry hands the event over again if this fails or the application stops first.
 */
@Component
class CertificateExpiredListener {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiredListener.class);

    private final AdHocRequests requests;
    private final UserAccounts accounts;

    CertificateExpiredListener(AdHocRequests requests, UserAccounts accounts) {
        this.requests = requests;
        this.accounts = accounts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CertificateExpired event) {
        if (accounts.runAsSystem(() -> requests.raiseForExpiredCertificate(event))) {
            log.info("Ad-hoc inspection raised for product {} (certificate {} expired on {})", event.productId(),
                    event.certificateId(), event.expiredOn());
        }
    }
}
