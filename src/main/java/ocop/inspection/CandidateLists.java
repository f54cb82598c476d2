package ocop.inspection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Danh sách rà soát của kế hoạch kiểm tra (the candidate lists an inspection plan reviews), computed now for the
 * signed-in user and scoped like every read: a ward's roles see their ward, the province officer its province, the
 * administrator everything. Producers, neighbourhood heads and mass organisations may not read them
 * ({@link ocop.system.ForbiddenException}). An inspection plan is seeded by choosing rows of these lists.
 */
public interface CandidateLists {

    /** The rows of one list, most pressing first. */
    List<Candidate> list(CandidateKind kind);

    /** Sẵn sàng đánh giá: highest self-assessed class and total first. */
    List<CandidateReady> ready();

    /** Có thể nâng hạng: fewest points to the next class first. */
    List<CandidateUpgrade> upgrade();

    /** Cần chú ý: most days past (then fewest days left) first. */
    List<CandidateAtRisk> atRisk();

    /** How many rows each list has. */
    default Map<CandidateKind, Integer> counts() {
        Map<CandidateKind, Integer> counts = new EnumMap<>(CandidateKind.class);
        for (CandidateKind kind : CandidateKind.values()) {
            counts.put(kind, list(kind).size());
        }
        return counts;
    }
}
