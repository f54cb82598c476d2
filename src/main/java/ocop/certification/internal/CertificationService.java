package ocop.certification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.registry.ProductView;
import ocop.registry.RecognitionLevel;
import ocop.registry.RegistryApi;
import org.springframework.stereotype.Service;

/**
 * Reading certificates (tra cứu giấy chứng nhận) for the signed-in user: the row's unit, province or producer must be
 * in the user's scope, and the product must be one the registry shows the user (which also narrows a neighbourhood
 * head to its khu phố); product and producer names are the registry's. Deliberately not one transaction: a product
 * the registry does not show the user is a not-found there, which would mark a shared transaction rollback-only.
 */
@Service
class CertificationService implements CertificationApi {

    static final int LIST_LIMIT = 500;

    private final CertificateRepository repository;
    private final RegistryApi registry;
    private final AccessApi access;

    CertificationService(CertificateRepository repository, RegistryApi registry, AccessApi access) {
        this.repository = repository;
        this.registry = registry;
        this.access = access;
    }

    @Override
    public List<CertificateView> certificates(long productId) {
        CurrentUser me = access.currentUser();
        return views(repository.byProduct(productId, me.scope()));
    }

    @Override
    public Optional<CertificateView> certificate(long id) {
        CurrentUser me = access.currentUser();
        return repository.find(id, me.scope()).flatMap(r -> views(List.of(r)).stream().findFirst());
    }

    @Override
    public List<CertificateView> certificates() {
        CurrentUser me = access.currentUser();
        return views(repository.all(me.scope(), LIST_LIMIT));
    }

    private List<CertificateView> views(List<CertificateRow> rows) {
        Map<Long, Optional<ProductView>> products = new HashMap<>();
        List<CertificateView> out = new ArrayList<>();
        for (CertificateRow r : rows) {
            products.computeIfAbsent(r.productId(), registry::product)
                    .ifPresent(p -> out.add(view(r, p)));
        }
        return out;
    }

    private static CertificateView view(CertificateRow r, ProductView p) {
        return new CertificateView(r.id(), r.number(), r.dossierId(), r.productId(), p.name(), r.producerId(),
                p.producerName(), r.unitCode(), r.stars(), r.score(), RecognitionLevel.valueOf(r.level()),
                r.decisionNo(), r.decisionDate(), r.issuedOn(), r.validUntil(), p.demo());
    }
}
