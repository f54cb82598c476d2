package ocop.inspection.internal.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ocop.certification.CertificateView;
import ocop.criteria.CriteriaApi;
import ocop.criteria.SelfAssessmentResult;
import ocop.dossier.DossierSummary;
import ocop.inspection.CandidateReady;
import ocop.inspection.candidates.ProductStanding;
import ocop.inspection.candidates.Readiness;
import ocop.inspection.candidates.ReadinessRule;
import ocop.registry.OcopStatus;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.VietnameseText;
import org.springframework.stereotype.Component;

/**
 * Danh sách sẵn sàng đánh giá ({@link ReadinessRule}): every self-assessment of the scope, judged with its product's
 * certificates and dossiers.
 */
@Component
class ReadyList {

    static final Comparator<CandidateReady> ORDER = Comparator.comparingInt(CandidateReady::stars).reversed()
            .thenComparing(Comparator.comparingInt(CandidateReady::total).reversed())
            .thenComparing(r -> VietnameseText.fold(r.productName()));

    private final CriteriaApi criteria;
    private final RegistryApi registry;
    private final Standings standings;

    ReadyList(CriteriaApi criteria, RegistryApi registry, Standings standings) {
        this.criteria = criteria;
        this.registry = registry;
        this.standings = standings;
    }

    List<CandidateReady> rows() {
        Standings.Snapshot snapshot = standings.load();
        Places places = new Places(registry);
        List<CandidateReady> rows = new ArrayList<>();
        for (SelfAssessmentResult sa : criteria.selfAssessments()) {
            if (!sa.completed() || !sa.evaluation().certifiable()) {
                continue; // cheap pre-check; the rule below decides
            }
            Optional<ProductView> product = registry.product(sa.productId());
            if (product.isEmpty()) {
                continue;
            }
            ProductView p = product.get();
            ProductStanding standing = new ProductStanding(snapshot.inForce(p.id()), p.status() == OcopStatus.REVOKED,
                    snapshot.filed(p.id()));
            if (ReadinessRule.judge(standing, Assessments.of(sa)) != Readiness.READY) {
                continue;
            }
            Integer previous = snapshot.current(p.id()).map(CertificateView::stars).orElse(null);
            rows.add(new CandidateReady(p.id(), p.name(), p.producerId(), p.producerName(), p.unitCode(),
                    places.of(p.producerId()), sa.id(), sa.evaluation().total(), sa.evaluation().stars(),
                    sa.completedOn(), previous, snapshot.draft(p.id()).map(ReadyList::draftNote).orElse(null)));
        }
        rows.sort(ORDER);
        return rows;
    }

    static String draftNote(DossierSummary d) {
        return "Đã mở hồ sơ " + Labels.kind(d.kind()) + " (nháp), chưa nộp cho phường";
    }
}
