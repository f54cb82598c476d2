package ocop.inspection.internal.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ocop.inspection.CandidateAtRisk;
import ocop.system.VietnameseText;
import org.springframework.stereotype.Component;

/** Danh sách cần chú ý: the rows of every {@link AtRiskSource} bean, most days past first. */
@Component
class AtRiskList {

    static final Comparator<CandidateAtRisk> ORDER = Comparator.comparingLong(CandidateAtRisk::daysLeft)
            .thenComparing(r -> VietnameseText.fold(r.productName())).thenComparing(CandidateAtRisk::reasonCode);

    private final List<AtRiskSource> sources;
    private final Clock clock;

    AtRiskList(List<AtRiskSource> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    List<CandidateAtRisk> rows() {
        LocalDate today = LocalDate.now(clock);
        List<CandidateAtRisk> rows = new ArrayList<>();
        sources.forEach(s -> rows.addAll(s.rows(today)));
        rows.sort(ORDER);
        return rows;
    }
}
