package ocop.inspection.internal.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ocop.certification.CertificateStatus;
import ocop.certification.CertificateView;
import ocop.criteria.CriteriaApi;
import ocop.criteria.Evaluation;
import ocop.criteria.SelfAssessmentResult;
import ocop.inspection.CandidateUpgrade;
import ocop.inspection.candidates.UpgradeGap;
import ocop.inspection.candidates.UpgradeRule;
import ocop.registry.RegistryApi;
import ocop.system.VietnameseText;
import org.springframework.stereotype.Component;

/**
 * Danh sách có thể nâng hạng ({@link UpgradeRule}): each product's current certificate in force, with its latest
 * self-assessment and the engine's gap to the next class. A certificate in its re-evaluation window, expiring or
 * extended cannot open an upgrade dossier of its own (only a VALID one can): the note says the upgrade goes with the
 * re-evaluation.
 */
@Component
class UpgradeList {

    static final Comparator<CandidateUpgrade> ORDER = Comparator.comparingInt(CandidateUpgrade::pointsToThreshold)
            .thenComparing(r -> VietnameseText.fold(r.productName()));

    private final CriteriaApi criteria;
    private final RegistryApi registry;
    private final Standings standings;
    private final UpgradeRule rule;

    UpgradeList(CriteriaApi criteria, RegistryApi registry, Standings standings, UpgradeRule rule) {
        this.criteria = criteria;
        this.registry = registry;
        this.standings = standings;
        this.rule = rule;
    }

    List<CandidateUpgrade> rows() {
        Standings.Snapshot snapshot = standings.load();
        Map<Long, SelfAssessmentResult> byProduct = criteria.selfAssessments().stream()
                .collect(Collectors.toMap(SelfAssessmentResult::productId, Function.identity(), (a, b) -> a));
        Places places = new Places(registry);
        List<CandidateUpgrade> rows = new ArrayList<>();
        for (Long productId : snapshot.certificates().keySet()) {
            Optional<CertificateView> current = snapshot.current(productId).filter(c -> c.status().inForce());
            SelfAssessmentResult sa = byProduct.get(productId);
            if (current.isEmpty() || sa == null) {
                continue;
            }
            CertificateView c = current.get();
            rule.gap(c.stars(), Assessments.of(sa)).ifPresent(gap -> rows.add(row(c, sa, gap, places)));
        }
        rows.sort(ORDER);
        return rows;
    }

    private CandidateUpgrade row(CertificateView c, SelfAssessmentResult sa, UpgradeGap gap, Places places) {
        Evaluation e = sa.evaluation();
        Evaluation.NextStar next = gap.alreadyReached() ? null : e.nextStar();
        List<String> notes = new ArrayList<>();
        if (gap.alreadyReached()) {
            notes.add("Theo tự đánh giá, sản phẩm đã đạt " + e.stars() + "★");
        }
        if (c.status() != CertificateStatus.VALID) {
            notes.add("Giấy chứng nhận " + c.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ": nâng hạng cùng hồ sơ đánh giá, phân hạng lại");
        }
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        return new CandidateUpgrade(c.productId(), c.productName(), c.producerId(), c.producerName(), c.unitCode(),
                places.of(c.producerId()), c.id(), c.number(), c.stars(), c.validUntil(), sa.id(), e.total(),
                e.stars(), sa.completedOn(), gap.targetStars(), gap.threshold(), gap.pointsToThreshold(),
                next == null ? List.of() : next.suggestions(), next == null ? null : next.rationale(), note);
    }
}
