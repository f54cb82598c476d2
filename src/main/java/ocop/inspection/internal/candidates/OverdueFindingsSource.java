package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.candidates.ActionStanding;
import ocop.inspection.candidates.AtRiskReason;
import ocop.inspection.candidates.OverdueFindings;
import ocop.inspection.candidates.OverdueFindingsRule;
import ocop.inspection.internal.AtRiskRecords;
import ocop.registry.RegistryApi;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nguồn "phát hiện quá hạn khắc phục" ({@link OverdueFindingsRule}): one row per product with corrective actions
 * still open past their deadline, counting to the oldest deadline; the note names that action and how many more.
 * The certificate columns stay empty: the reason is the inspection, not the certificate.
 */
@Component
@Order(30)
class OverdueFindingsSource implements AtRiskSource {

    private final AtRiskRecords records;
    private final RegistryApi registry;

    OverdueFindingsSource(AtRiskRecords records, RegistryApi registry) {
        this.records = records;
        this.registry = registry;
    }

    @Override
    public List<CandidateAtRisk> rows(LocalDate today) {
        List<OverdueFindings> overdue = OverdueFindingsRule.select(records.openActions(), today);
        Places places = new Places(registry);
        List<CandidateAtRisk> rows = new ArrayList<>();
        AtRiskReason reason = AtRiskReason.FINDING_OVERDUE;
        for (OverdueFindings f : overdue) {
            registry.product(f.productId()).ifPresent(p -> rows.add(new CandidateAtRisk(p.id(), p.name(),
                    p.producerId(), p.producerName(), p.unitCode(), places.of(p.producerId()), reason.name(),
                    reason.label(), null, null, null, null, f.oldestDeadline(),
                    ChronoUnit.DAYS.between(today, f.oldestDeadline()), note(f))));
        }
        return rows;
    }

    /** E.g. "Biện pháp “Thu hồi bao bì cũ” hạn 01/11/2026; và 1 biện pháp khác quá hạn". */
    static String note(OverdueFindings f) {
        ActionStanding first = f.actions().get(0);
        String note = "Biện pháp “" + Notes.shorten(first.description(), 100) + "” hạn " + Notes.day(first.deadline());
        int more = f.actions().size() - 1;
        return more == 0 ? note : note + "; và " + more + " biện pháp khác quá hạn";
    }
}
