package ocop.certification.internal;

import java.time.Clock;
import java.time.LocalDate;
import ocop.certification.domain.ValidityPolicy;
import ocop.dossier.RecognitionRecorded;
import ocop.registry.RecognitionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Creates the certificate (cấp giấy chứng nhận) when the province (or the ministry) recognises a dossier's product:
 * issued on the certificate's issue date (the decision date when the notice gives none), valid as
 * {@link ValidityPolicy} counts, at the province's level for 3★–4★ and the ministry's for 5★. Products of 1★–2★
 * get no certificate (Điều 4.1.a). Idempotent on the dossier id: the same event twice leaves one certificate.
 *
 * <p>Runs after the recording transaction commits, in a transaction of its own, in the same thread (so the page that
 * recorded the result shows the certificate). The Event Publication Registry keeps the event until this returns: a
 * crash in between hands it over again at the next start.
 */
@Component
class RecognitionRecordedListener {

    private static final Logger log = LoggerFactory.getLogger(RecognitionRecordedListener.class);

    private final CertificateRepository repository;
    private final ValidityPolicy policy;
    private final Clock clock;

    RecognitionRecordedListener(CertificateRepository repository, ValidityPolicy policy, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(0)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RecognitionRecorded event) {
        if (event.stars() < 3) {
            log.info("Dossier {}: {}★ gets no certificate (Điều 4.1.a)", event.dossierId(), event.stars());
            return;
        }
        LocalDate issuedOn = event.certificateIssuedOn() != null ? event.certificateIssuedOn()
                : event.decisionDate() != null ? event.decisionDate() : LocalDate.now(clock);
        String level = (event.stars() == 5 ? RecognitionLevel.MINISTRY : RecognitionLevel.PROVINCE).name();
        boolean created = repository.insertIfAbsent(event, level, issuedOn, policy.validUntil(issuedOn), policy);
        if (created) {
            log.info("Certificate {} created for dossier {} ({}★, valid until {})", event.certificateNo(),
                    event.dossierId(), event.stars(), policy.validUntil(issuedOn));
        }
    }
}
