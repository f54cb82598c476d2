package ocop.certification.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ocop.certification.CertificateStatus;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.criteria.CriteriaApi;
import ocop.criteria.UpgradeGap;
import ocop.dossier.DossierApi;
import ocop.dossier.DossierEvidence;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.system.ConflictException;
import ocop.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Đánh giá lại và nâng hạng từ giấy chứng nhận (re-evaluation and upgrade from a certificate, Điều 6.1, 7.6.a): opens
 * the dossier through {@link DossierApi#openFollowUp} as the signed-in user (the dossier module carries over the
 * previous dossier's evidence still valid), and lists the previous dossier's evidence that has expired or will expire
 * before the expected council date, to be replaced. Re-evaluation is offered from the window's opening (also when
 * the window closed, the certificate is extended or expired); upgrade for a valid certificate below 5★, with the gap
 * to the next class that the criteria engine finds in the product's latest self-assessment
 * ({@link CriteriaApi#upgradeGap}).
 */
@Service
public class Renewals {

    private static final Logger log = LoggerFactory.getLogger(Renewals.class);

    static final Set<CertificateStatus> REEVALUATION_FROM = Set.of(CertificateStatus.RENEWAL_WINDOW,
            CertificateStatus.EXPIRING, CertificateStatus.EXTENDED, CertificateStatus.EXPIRED);
    private static final Set<DossierStatus> CLOSED = Set.of(DossierStatus.RECOGNISED, DossierStatus.NOT_RECOGNISED,
            DossierStatus.WITHDRAWN);

    /** A piece of evidence of the previous dossier to replace: it expires before the council date. */
    public record Replacement(String itemCode, String fileName, String number, String issuer, LocalDate expiresOn,
                              boolean expired) {
    }

    /**
     * What the certificate page shows about renewal: the actions offered, an open follow-up, what to replace, and
     * for a certificate in force the gap to the next class (khoảng cách lên hạng) from the criteria engine (null
     * otherwise).
     */
    public record RenewalView(boolean mayReevaluate, boolean mayUpgrade, DossierSummary openDossier,
                              Long previousDossierId, LocalDate councilDate, List<Replacement> toReplace,
                              UpgradeGap upgradeGap) {
    }

    private final CertificationApi certification;
    private final DossierApi dossiers;
    private final CriteriaApi criteria;
    private final java.time.Clock clock;

    Renewals(CertificationApi certification, DossierApi dossiers, CriteriaApi criteria, java.time.Clock clock) {
        this.certification = certification;
        this.dossiers = dossiers;
        this.criteria = criteria;
        this.clock = clock;
    }

    public static boolean mayReevaluate(CertificateView c) {
        return REEVALUATION_FROM.contains(c.status());
    }

    public static boolean mayUpgrade(CertificateView c) {
        return c.status() == CertificateStatus.VALID && c.stars() < 5;
    }

    /** Opens the dossier of {@code kind} (REEVALUATION or UPGRADE) for the certificate's product. */
    public DossierSummary open(long certificateId, DossierKind kind) {
        CertificateView c = certification.certificate(certificateId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận " + certificateId + "."));
        if (kind == DossierKind.REEVALUATION && !mayReevaluate(c)) {
            throw new ConflictException("kind", "Giấy chứng nhận " + c.statusLabel().toLowerCase()
                    + ": chỉ mở hồ sơ đánh giá lại khi đã đến thời hạn đánh giá lại (từ 180 ngày trước khi hết hiệu lực), "
                    + "khi sắp hết hạn hoặc đã hết hiệu lực.");
        }
        if (kind == DossierKind.UPGRADE && !mayUpgrade(c)) {
            throw new ConflictException("kind", c.stars() >= 5 ? "Sản phẩm đã đạt 5 sao, không thể nâng hạng."
                    : "Chỉ đề nghị nâng hạng khi giấy chứng nhận còn hiệu lực.");
        }
        return dossiers.openFollowUp(c.productId(), kind);
    }

    /** The renewal part of the certificate page for the signed-in user. */
    public RenewalView view(CertificateView c) {
        List<DossierSummary> ofProduct;
        try {
            ofProduct = dossiers.dossiersOfProduct(c.productId());
        } catch (RuntimeException e) {
            ofProduct = List.of();
        }
        DossierSummary open = ofProduct.stream()
                .filter(d -> d.kind() != DossierKind.FIRST && !CLOSED.contains(d.status()))
                .max(Comparator.comparingLong(DossierSummary::id)).orElse(null);
        Long previous = previousDossier(c, ofProduct, open);
        LocalDate council = dossiers.expectedCouncilDate(open == null ? null : open.id());
        LocalDate today = LocalDate.now(clock);
        List<Replacement> replace = previous == null ? List.of() : evidence(previous).stream()
                .filter(e -> e.expiresOn() != null && e.expiresOn().isBefore(council))
                .sorted(Comparator.comparing(DossierEvidence::itemCode).thenComparing(DossierEvidence::expiresOn))
                .map(e -> new Replacement(e.itemCode(), e.fileName(), e.number(), e.issuer(), e.expiresOn(),
                        e.expiresOn().isBefore(today)))
                .toList();
        return new RenewalView(mayReevaluate(c), mayUpgrade(c), open, previous, council, replace, upgradeGap(c));
    }

    /** The gap to the next class for a certificate in force, as the signed-in user may read the self-assessment. */
    private UpgradeGap upgradeGap(CertificateView c) {
        if (!c.status().inForce() || c.stars() < 1) {
            return null;
        }
        try {
            return criteria.upgradeGap(c.productId(), c.stars());
        } catch (RuntimeException e) {
            log.warn("Certificate {}: gap to the next class not computed ({})", c.id(), e.toString());
            return null;
        }
    }

    private Long previousDossier(CertificateView c, List<DossierSummary> ofProduct, DossierSummary open) {
        if (c.dossierId() > 0 && (open == null || c.dossierId() != open.id())) {
            return c.dossierId();
        }
        Optional<DossierSummary> latest = ofProduct.stream().filter(d -> open == null || d.id() != open.id())
                .max(Comparator.comparingLong(DossierSummary::id));
        return latest.map(DossierSummary::id).orElse(null);
    }

    private List<DossierEvidence> evidence(long dossierId) {
        try {
            return dossiers.evidence(dossierId);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
