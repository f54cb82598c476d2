package ocop.certification.internal.notice;

import ocop.documents.DocumentDiscarded;
import ocop.documents.DocumentType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Lets go of a renewal notice whose draft was discarded (hủy dự thảo thông báo đánh giá lại): the notice becomes
 * {@code DISCARDED}, so its certificates no longer show it and may go into a new notice for the same window.
 *
 * <p>Unlike {@link RenewalNoticeIssuedListener}, which must commit or roll back with the issue, nothing here may stop
 * a discard: it runs after the discarding transaction commits, in a transaction of its own, in the same thread. The
 * Event Publication Registry keeps the event until this returns and hands it over again at the next start; marking
 * is idempotent. Drafting a new notice also marks a discarded draft it meets ({@link RenewalNotices}).
 */
@Component
class RenewalNoticeDiscardedListener {

    private final RenewalNoticeRepository repository;
    private final RenewalNotices notices;

    RenewalNoticeDiscardedListener(RenewalNoticeRepository repository, RenewalNotices notices) {
        this.repository = repository;
        this.notices = notices;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DocumentDiscarded event) {
        if (event.type() != DocumentType.TB && event.type() != DocumentType.CV) {
            return;
        }
        repository.byDocument(event.documentId()).ifPresent(notices::markDiscarded);
    }
}
