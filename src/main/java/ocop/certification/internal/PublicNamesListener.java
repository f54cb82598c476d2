package ocop.certification.internal;

import ocop.access.AccessApi;
import ocop.dossier.RecognitionRecorded;
import ocop.registry.RegistryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Thông tin công khai của giấy chứng nhận (the public names): after {@link RecognitionRecordedListener} created the
 * certificate, copies what the public check page shows — product name, the producer's public name, the ward's name —
 * onto the row, read as the recognising user (public requests have no user to read the registry with). Without a
 * signed-in user (a start-up job) the first signed-in read fills them in. Outside any transaction on purpose: a
 * product the registry hides is a not-found there, which must not roll back the certificate.
 */
@Component
class PublicNamesListener {

    private static final Logger log = LoggerFactory.getLogger(PublicNamesListener.class);

    private final CertificateRepository repository;
    private final RegistryApi registry;
    private final AccessApi access;

    PublicNamesListener(CertificateRepository repository, RegistryApi registry, AccessApi access) {
        this.repository = repository;
        this.registry = registry;
        this.access = access;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(10)
    void on(RecognitionRecorded event) {
        if (access.currentUserIfAny().isEmpty()) {
            return;
        }
        try {
            registry.product(event.productId()).ifPresent(p -> repository.idForDossier(event.dossierId())
                    .ifPresent(id -> repository.fillPublicNames(id, p.name(), p.producerName(),
                            access.unit(event.unitCode()).map(u -> u.name()).orElse(null))));
        } catch (RuntimeException e) {
            log.warn("Dossier {}: public names not stored yet ({})", event.dossierId(), e.toString());
        }
    }
}
