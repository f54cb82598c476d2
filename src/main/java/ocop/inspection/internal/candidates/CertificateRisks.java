package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ocop.certification.CertificateView;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.candidates.AtRiskReason;
import ocop.inspection.candidates.AtRiskRule;
import ocop.registry.RegistryApi;
import org.springframework.stereotype.Component;

/**
 * Rows of the at-risk list from certificates ({@link AtRiskRule}), for the reasons a source asks for: each product's
 * current certificate, with the product's dossiers (a filed one clears the risk; a draft is named in the note).
 */
@Component
class CertificateRisks {

    private final Standings standings;
    private final RegistryApi registry;
    private final AtRiskRule rule;

    CertificateRisks(Standings standings, RegistryApi registry, AtRiskRule rule) {
        this.standings = standings;
        this.registry = registry;
        this.rule = rule;
    }

    List<CandidateAtRisk> rows(LocalDate today, Set<AtRiskReason> reasons) {
        Standings.Snapshot snapshot = standings.load();
        Places places = new Places(registry);
        List<CandidateAtRisk> rows = new ArrayList<>();
        for (Long productId : snapshot.certificates().keySet()) {
            snapshot.current(productId).ifPresent(c -> rule.reason(Standings.standing(c), snapshot.filed(productId),
                    today).filter(reasons::contains).ifPresent(reason -> rows.add(row(c, reason, today,
                    snapshot.draft(productId).map(ReadyList::draftNote).orElse(null), places))));
        }
        return rows;
    }

    private static CandidateAtRisk row(CertificateView c, AtRiskReason reason, LocalDate today, String note,
            Places places) {
        return new CandidateAtRisk(c.productId(), c.productName(), c.producerId(), c.producerName(), c.unitCode(),
                places.of(c.producerId()), reason.name(), reason.label(), c.id(), c.number(), c.stars(),
                c.validUntil(), c.validUntil(), AtRiskRule.daysLeft(Standings.standing(c), today), note);
    }
}
