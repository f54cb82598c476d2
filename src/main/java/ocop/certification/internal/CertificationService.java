package ocop.certification.internal;

import ocop.certification.internal.notice.RenewalNoticeRepository;
import ocop.certification.internal.notice.RenewalNoticeRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.certification.CertificateStatus;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.certification.PublicCertificate;
import ocop.certification.RevocationInput;
import ocop.certification.domain.CertificateStatusPolicy;
import ocop.certification.domain.RenewalNoticePolicy;
import ocop.certification.domain.RevocationDeadline;
import ocop.certification.domain.RevocationGround;
import ocop.registry.ProductView;
import ocop.registry.PublicPhoto;
import ocop.registry.RecognitionLevel;
import ocop.registry.RegistryApi;
import org.springframework.stereotype.Service;

/**
 * Reading certificates (tra cứu giấy chứng nhận) for the signed-in user: the row's unit, province or producer must be
 * in the user's scope, and the product must be one the registry shows the user (which also narrows a neighbourhood
 * head to its khu phố); product and producer names are the registry's, the status is computed for today. Reading
 * also fills in the public names of an older row that lacks them. The public check reads by token, without a user,
 * and so does its product photo (the registry's one unscoped read, for products with a public certificate).
 * Deliberately not one transaction: a product the registry does not show the user is a not-found there, which would
 * mark a shared transaction rollback-only.
 */
@Service
class CertificationService implements CertificationApi {

    static final int LIST_LIMIT = 500;

    private final CertificateRepository repository;
    private final RegistryApi registry;
    private final AccessApi access;
    private final CertificateStatusPolicy policy;
    private final PublicLinks links;
    private final Clock clock;
    private final Revocations revocations;
    private final RenewalNoticeRepository notices;
    private final RenewalNoticePolicy noticePolicy;
    private final RevocationProposalRepository proposals;
    private final RevocationDeadline deadline;

    CertificationService(CertificateRepository repository, RegistryApi registry, AccessApi access,
                         CertificateStatusPolicy policy, PublicLinks links, Clock clock, Revocations revocations,
                         RenewalNoticeRepository notices, RenewalNoticePolicy noticePolicy,
                         RevocationProposalRepository proposals, RevocationDeadline deadline) {
        this.proposals = proposals;
        this.deadline = deadline;
        this.revocations = revocations;
        this.notices = notices;
        this.noticePolicy = noticePolicy;
        this.repository = repository;
        this.registry = registry;
        this.access = access;
        this.policy = policy;
        this.links = links;
        this.clock = clock;
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

    @Override
    public List<CertificateView> certificates(CertificateStatus status, LocalDate expiringBefore) {
        return certificates().stream()
                .filter(c -> status == null || c.status() == status)
                .filter(c -> expiringBefore == null || !c.validUntil().isAfter(expiringBefore))
                .toList();
    }

    @Override
    public CertificateView revoke(long id, RevocationInput input) {
        revocations.revoke(id, input);
        return certificate(id).orElseThrow();
    }

    @Override
    public Optional<PublicCertificate> publicCertificate(String token) {
        LocalDate today = LocalDate.now(clock);
        return byToken(token).map(r -> {
            CertificateStatus s = policy.status(r.facts(), today);
            String photo = registry.publicPhoto(r.productId()).map(p -> links.photo(r.publicToken())).orElse(null);
            return new PublicCertificate(r.number(), r.publicProductName(), r.publicProducerName(),
                    r.publicUnitName(), r.stars(), r.level(), r.decisionNo(), r.decisionDate(), r.issuedOn(),
                    r.validUntil(), s, s.label(), s.tone(), s.inForce(), links.page(r.publicToken()), photo,
                    r.demo());
        });
    }

    @Override
    public Optional<PublicPhoto.Content> publicPhoto(String token) {
        return byToken(token).flatMap(r -> registry.publicPhotoContent(r.productId()));
    }

    private Optional<CertificateRow> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 32) {
            return Optional.empty();
        }
        return repository.byToken(token);
    }

    private List<CertificateView> views(List<CertificateRow> rows) {
        Map<Long, Optional<ProductView>> products = new HashMap<>();
        List<CertificateView> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = rows.stream().map(CertificateRow::id).toList();
        Map<Long, RenewalNoticeRow> noticed = notices.latestFor(ids);
        Map<Long, RevocationProposalRow> proposed = proposals.latestFor(ids);
        for (CertificateRow r : rows) {
            products.computeIfAbsent(r.productId(), registry::product).ifPresent(p -> {
                if (r.publicProductName() == null || r.publicProducerName() == null || r.publicUnitName() == null) {
                    repository.fillPublicNames(r.id(), p.name(), p.producerName(), unitName(r.unitCode()));
                }
                out.add(view(r, p, today, noticed.get(r.id()), proposed.get(r.id())));
            });
        }
        return out;
    }

    String unitName(String code) {
        return access.unit(code).map(u -> u.name()).orElse(null);
    }

    private CertificateView view(CertificateRow r, ProductView p, LocalDate today, RenewalNoticeRow notice,
                                 RevocationProposalRow proposal) {
        CertificateStatus s = policy.status(r.facts(), today);
        return new CertificateView(r.id(), r.number(), r.dossierId(), r.productId(), p.name(), r.producerId(),
                p.producerName(), r.unitCode(), r.stars(), r.score(), RecognitionLevel.valueOf(r.level()),
                r.decisionNo(), r.decisionDate(), r.issuedOn(), r.validUntil(), p.demo() || r.demo(), s, s.label(),
                r.regime(), r.revokedOn(), links.page(r.publicToken()), revocation(r),
                policy.window().opensOn(r.validUntil()), policy.window().closesOn(r.validUntil()),
                noticePolicy.due(s, r.validUntil(), today), notice(notice),
                proposal == null ? null : proposal.view(deadline));
    }

    private static CertificateView.RenewalNotice notice(RenewalNoticeRow n) {
        return n == null ? null
                : new CertificateView.RenewalNotice(n.documentId(), n.type(), n.issued(), n.numberText(), n.issuedOn());
    }

    private static CertificateView.Revocation revocation(CertificateRow r) {
        if (r.revokedOn() == null) {
            return null;
        }
        String label = null;
        try {
            label = r.revocationGround() == null ? null : RevocationGround.ofLetter(r.revocationGround()).label();
        } catch (IllegalArgumentException e) {
            label = r.revocationGround();
        }
        return new CertificateView.Revocation(r.revocationGround(), label, r.revocationAuthority(),
                r.revocationDecisionNo(), r.revokedOn());
    }
}
