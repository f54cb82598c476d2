package ocop.inspection.internal;

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
 * <p>Access has no system account ({@code UserAccounts} can only run as a named person), so the request is inserted
 * without a user: {@code raised_by} is null and the audit entry's actor is "system". Runs after the publishing
 * transaction commits, in its own (as certification's listeners do until the Event Publication Registry is on the
 * build).
 */
@Component
class CertificateExpiredListener {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiredListener.class);

    private final AdHocRequests requests;

    CertificateExpiredListener(AdHocRequests requests) {
        this.requests = requests;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CertificateExpired event) {
        if (requests.raiseForExpiredCertificate(event)) {
            log.info("Ad-hoc inspection raised for product {} (certificate {} expired on {})", event.productId(),
                    event.certificateId(), event.expiredOn());
        }
    }
}
