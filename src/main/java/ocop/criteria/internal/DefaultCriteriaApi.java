package ocop.criteria.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ocop.criteria.CouncilResult;
import ocop.criteria.CouncilSettings;
import ocop.criteria.CriteriaApi;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.SelfAssessmentResult;
import ocop.criteria.SelfAssessmentSummary;
import ocop.criteria.domain.CouncilScoring;
import ocop.criteria.domain.MinimumRequirementPolicy;
import ocop.criteria.domain.ScoringEngine;
import ocop.criteria.domain.SheetSelector;
import ocop.criteria.domain.SheetValidator;
import ocop.criteria.domain.StarBands;
import ocop.criteria.domain.UpgradeGaps;
import ocop.criteria.UpgradeGap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@link CriteriaApi} over the stored sheets ({@link SheetCatalog}). Settings: {@code ocop.criteria.minimum-requirements}
 * (FALLBACK, or STRICT), {@code ocop.criteria.council.max-spread} (10), {@code ocop.criteria.council.quorum}
 * (3/4) and {@code ocop.criteria.council.chair-required} (true).
 */
@Service
public class DefaultCriteriaApi implements CriteriaApi {

    private final SheetCatalog catalog;
    private final ScoringEngine engine;
    private final UpgradeGaps upgradeGaps;
    private final CouncilScoring council;
    private final SelfAssessmentSummaries selfAssessments;

    /** Without the self-assessments (sheets and scoring only; {@link #latestSelfAssessment} is then empty). */
    public DefaultCriteriaApi(SheetCatalog catalog, MinimumRequirementPolicy policy, BigDecimal maxSpread,
            String quorum, boolean chairRequired) {
        this(catalog, null, policy, maxSpread, quorum, chairRequired);
    }

    @Autowired
    public DefaultCriteriaApi(SheetCatalog catalog, SelfAssessmentSummaries selfAssessments,
            @Value("${ocop.criteria.minimum-requirements:FALLBACK}") MinimumRequirementPolicy policy,
            @Value("${ocop.criteria.council.max-spread:10}") BigDecimal maxSpread,
            @Value("${ocop.criteria.council.quorum:3/4}") String quorum,
            @Value("${ocop.criteria.council.chair-required:true}") boolean chairRequired) {
        this.catalog = catalog;
        this.selfAssessments = selfAssessments;
        this.engine = new ScoringEngine(policy);
        this.upgradeGaps = new UpgradeGaps(engine);
        String[] fraction = quorum.split("/");
        int numerator = Integer.parseInt(fraction[0].trim());
        int denominator = fraction.length > 1 ? Integer.parseInt(fraction[1].trim()) : 1;
        this.council = new CouncilScoring(new CouncilSettings(maxSpread, numerator, denominator, chairRequired));
    }

    @Override
    public List<CriteriaSheet> sheets() {
        return catalog.sheets();
    }

    @Override
    public Optional<CriteriaSheet> sheet(String code) {
        return catalog.latest(code).map(StoredSheet::sheet);
    }

    @Override
    public Optional<CriteriaSheet> sheet(String code, int version) {
        return catalog.find(code, version).map(StoredSheet::sheet);
    }

    @Override
    public Optional<CriteriaSheet> sheetFor(String leafCode, LocalDate submittedOn) {
        return SheetSelector.select(catalog.sheets(), leafCode, submittedOn);
    }

    @Override
    public Optional<CriteriaSheet> sheetFor(String classificationVersion, String leafCode, LocalDate submittedOn) {
        return SheetSelector.select(catalog.sheets(), classificationVersion, leafCode, submittedOn);
    }

    @Override
    public Evaluation evaluate(String sheetCode, int version, Map<String, String> answers, Set<String> declared) {
        CriteriaSheet sheet = sheet(sheetCode, version).orElseThrow(() -> new CriteriaException("UNKNOWN_SHEET",
                "sheet", "Không có bộ tiêu chí " + sheetCode + " phiên bản " + version));
        return engine.evaluate(sheet, answers, declared);
    }

    @Override
    public CouncilResult council(List<BigDecimal> memberTotals, int councilSize, boolean chairPresent) {
        return council.score(memberTotals, councilSize, chairPresent);
    }

    /** The configured council rules. */
    public CouncilSettings councilSettings() {
        return council.settings();
    }

    /** A council scored under other rules (a province's own spread and quorum). */
    public CouncilResult council(List<BigDecimal> memberTotals, int councilSize, boolean chairPresent,
            CouncilSettings settings) {
        return new CouncilScoring(settings).score(memberTotals, councilSize, chairPresent);
    }

    @Override
    public CriteriaSheet parse(String json) {
        CriteriaSheet sheet = SheetJson.read(json, "import");
        SheetValidator.check(sheet, catalog.knownLeaves());
        return sheet;
    }

    @Override
    public Optional<SelfAssessmentSummary> latestSelfAssessment(long productId) {
        return selfAssessments == null ? Optional.empty() : selfAssessments.latest(productId);
    }

    @Override
    public UpgradeGap upgradeGap(long productId, int currentStars) {
        if (currentStars >= StarBands.TOP) {
            return upgradeGaps.of(productId, currentStars, null, null);
        }
        return latestSelfAssessment(productId)
                .flatMap(a -> sheet(a.sheetCode(), a.sheetVersion()).map(s -> upgradeGaps.of(productId, currentStars,
                        a, s)))
                .orElseGet(() -> upgradeGaps.of(productId, currentStars, null, null));
    }

    @Override
    public List<SelfAssessmentResult> selfAssessments() {
        return selfAssessments == null ? List.of() : selfAssessments.results(row -> evaluate(row.sheetCode(),
                row.sheetVersion(), row.answers(), Set.copyOf(row.declared())));
    }
}
