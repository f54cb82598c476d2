package ocop.inspection.internal.candidates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.dossier.DossierApi;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.inspection.candidates.AtRiskRule;
import ocop.inspection.candidates.CertificateStanding;
import ocop.inspection.candidates.DossierProgress;
import org.springframework.stereotype.Component;

/**
 * Tình hình chứng nhận và hồ sơ trong phạm vi (the certificates and dossiers of the signed-in user's scope), read once
 * per list through the certification and dossier APIs and grouped by product.
 */
@Component
class Standings {

    private final CertificationApi certification;
    private final DossierApi dossiers;

    Standings(CertificationApi certification, DossierApi dossiers) {
        this.certification = certification;
        this.dossiers = dossiers;
    }

    /** What the lists need to know of one scope, by product id. */
    record Snapshot(Map<Long, List<CertificateView>> certificates, Map<Long, List<DossierSummary>> dossiers) {

        List<CertificateView> certificatesOf(long productId) {
            return certificates.getOrDefault(productId, List.of());
        }

        /** The product's current certificate ({@link AtRiskRule#current}). */
        Optional<CertificateView> current(long productId) {
            List<CertificateView> list = certificatesOf(productId);
            return AtRiskRule.current(list.stream().map(Standings::standing).toList())
                    .flatMap(s -> list.stream().filter(c -> c.id() == s.certificateId()).findFirst());
        }

        boolean inForce(long productId) {
            return certificatesOf(productId).stream().anyMatch(c -> c.status().inForce());
        }

        /** A dossier of the product is filed and undecided. */
        boolean filed(long productId) {
            return dossiers.getOrDefault(productId, List.of()).stream()
                    .anyMatch(d -> DossierProgress.filed(d.status()));
        }

        /** The product's dossier still being drafted (not handed to the ward), if any. */
        Optional<DossierSummary> draft(long productId) {
            return dossiers.getOrDefault(productId, List.of()).stream()
                    .filter(d -> d.status() == DossierStatus.DRAFT).findFirst();
        }
    }

    Snapshot load() {
        return new Snapshot(
                certification.certificates().stream().collect(Collectors.groupingBy(CertificateView::productId)),
                dossiers.dossiers(List.of()).stream().collect(Collectors.groupingBy(DossierSummary::productId)));
    }

    static CertificateStanding standing(CertificateView c) {
        return new CertificateStanding(c.id(), c.productId(), c.status(), c.issuedOn(), c.validUntil());
    }
}
