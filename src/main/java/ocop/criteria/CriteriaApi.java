package ocop.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bộ tiêu chí và chấm điểm (criteria sheets and scoring) for the other modules and the web layer. The sheets are
 * those stored in the database (schema {@code criteria}): the shipped ones, inserted at start-up when absent, and
 * every version an administrator imported. Errors are {@link CriteriaException}s naming what is wrong.
 */
public interface CriteriaApi {

    /** Every stored sheet, every version, by code then version. */
    List<CriteriaSheet> sheets();

    /** The highest version of the sheet with this code. */
    Optional<CriteriaSheet> sheet(String code);

    Optional<CriteriaSheet> sheet(String code, int version);

    /**
     * The sheet in force for a classification leaf (e.g. {@code I.3.d}) on the dossier's submission date: OFFICIAL
     * or HISTORICAL, effectiveFrom ≤ day ≤ effectiveUntil (or open), the latest effectiveFrom winning.
     */
    Optional<CriteriaSheet> sheetFor(String leafCode, LocalDate submittedOn);

    /** As {@link #sheetFor(String, LocalDate)}, only among the sheets of this classification version. */
    Optional<CriteriaSheet> sheetFor(String classificationVersion, String leafCode, LocalDate submittedOn);

    /**
     * Scores one member's sheet.
     *
     * @param answers  scorable item code (e.g. {@code 1.1}, {@code 6.1.2}) → option code
     * @param declared disqualification and knock-out codes the evaluator found to apply (e.g. {@code D1},
     *                 {@code 1.1-KO})
     * @throws CriteriaException {@code UNKNOWN_SHEET}, {@code UNKNOWN_ITEM}, {@code UNKNOWN_OPTION} or
     *                           {@code UNKNOWN_KNOCKOUT}
     */
    Evaluation evaluate(String sheetCode, int version, Map<String, String> answers, Set<String> declared);

    /** The council's mean of its members' totals with the configured spread and quorum rules. */
    CouncilResult council(List<BigDecimal> memberTotals, int councilSize, boolean chairPresent);

    /**
     * Reads and validates a sheet in the format (an import); nothing is stored.
     *
     * @throws CriteriaException {@code MALFORMED_SHEET}, or {@code INVALID_SHEET} listing every error
     */
    CriteriaSheet parse(String json);

    /**
     * The product's self-assessment (phiếu tự đánh giá) as last saved, draft or completed, scoped to the signed-in
     * user like the self-assessment pages: empty when the product is outside the user's scope or has none.
     */
    Optional<SelfAssessmentSummary> latestSelfAssessment(long productId);

    /**
     * Khoảng cách lên hạng: what the product, holding {@code currentStars} (1–5), misses to reach the next class,
     * from its {@link #latestSelfAssessment} (so scoped the same way) scored by the engine — the points, the unmet
     * minimum requirements and the smallest set of option upgrades. 5★: {@link UpgradeGap.Kind#TOP_CLASS}; no
     * self-assessment the user may read: {@link UpgradeGap.Kind#NO_SELF_ASSESSMENT}.
     */
    UpgradeGap upgradeGap(long productId, int currentStars);

    /**
     * Every self-assessment the signed-in user may read (the products its registry scope shows), draft or completed,
     * each evaluated by the engine on its own sheet version; unordered. Empty without self-assessments.
     */
    List<SelfAssessmentResult> selfAssessments();
}
