package ocop.criteria.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
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
import ocop.criteria.domain.CouncilScoring;
import ocop.criteria.domain.MinimumRequirementPolicy;
import ocop.criteria.domain.ScoringEngine;
import ocop.criteria.domain.SheetSelector;
import ocop.criteria.domain.SheetValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@link CriteriaApi} over the bundled sheets. Settings: {@code ocop.criteria.minimum-requirements}
 * (FALLBACK, or STRICT), {@code ocop.criteria.council.max-spread} (10), {@code ocop.criteria.council.quorum}
 * (3/4) and {@code ocop.criteria.council.chair-required} (true).
 */
@Service
public class DefaultCriteriaApi implements CriteriaApi {

    private final BundledSheets bundled;
    private final ScoringEngine engine;
    private final CouncilScoring council;

    public DefaultCriteriaApi(BundledSheets bundled,
            @Value("${ocop.criteria.minimum-requirements:FALLBACK}") MinimumRequirementPolicy policy,
            @Value("${ocop.criteria.council.max-spread:10}") BigDecimal maxSpread,
            @Value("${ocop.criteria.council.quorum:3/4}") String quorum,
            @Value("${ocop.criteria.council.chair-required:true}") boolean chairRequired) {
        this.bundled = bundled;
        this.engine = new ScoringEngine(policy);
        String[] fraction = quorum.split("/");
        int numerator = Integer.parseInt(fraction[0].trim());
        int denominator = fraction.length > 1 ? Integer.parseInt(fraction[1].trim()) : 1;
        this.council = new CouncilScoring(new CouncilSettings(maxSpread, numerator, denominator, chairRequired));
    }

    @Override
    public List<CriteriaSheet> sheets() {
        return bundled.sheets();
    }

    @Override
    public Optional<CriteriaSheet> sheet(String code) {
        return bundled.sheets().stream().filter(s -> s.code().equals(code))
                .max(Comparator.comparingInt(CriteriaSheet::version));
    }

    @Override
    public Optional<CriteriaSheet> sheet(String code, int version) {
        return bundled.sheets().stream().filter(s -> s.code().equals(code) && s.version() == version).findFirst();
    }

    @Override
    public Optional<CriteriaSheet> sheetFor(String leafCode, LocalDate submittedOn) {
        return SheetSelector.select(bundled.sheets(), leafCode, submittedOn);
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

    @Override
    public CriteriaSheet parse(String json) {
        CriteriaSheet sheet = SheetJson.read(json, "import");
        SheetValidator.check(sheet, bundled.knownLeaves());
        return sheet;
    }
}
