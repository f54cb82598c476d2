package ocop.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CouncilResult;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.TestSheets;
import ocop.criteria.domain.MinimumRequirementPolicy;
import org.junit.jupiter.api.Test;

class DefaultCriteriaApiTests {

    private final DefaultCriteriaApi api = new DefaultCriteriaApi(new SheetCatalog(TestSheets.bundled()),
            MinimumRequirementPolicy.FALLBACK, BigDecimal.TEN, "3/4", true);

    @Test
    void findsSheetsByCodeAndByLeafAndDate() {
        assertThat(api.sheets()).hasSize(27);
        assertThat(api.sheet("QD26-05")).map(CriteriaSheet::name).contains("Đồ ăn nhanh");
        assertThat(api.sheet("QD26-05", 2)).isEmpty();
        assertThat(api.sheetFor("I.1.a", LocalDate.of(2026, 5, 1))).map(CriteriaSheet::code).contains("QD148-01");
        assertThat(api.sheetFor("I.1.a", LocalDate.of(2026, 6, 1))).map(CriteriaSheet::code).contains("QD26-01");
    }

    @Test
    void evaluatesAndNamesAnUnknownSheet() {
        CriteriaSheet sheet = api.sheet("QD26-01").orElseThrow();
        Evaluation result = api.evaluate("QD26-01", 1, TestSheets.best(sheet), Set.of());
        assertThat(result.stars()).isEqualTo(5);
        assertThatThrownBy(() -> api.evaluate("QD26-99", 1, Map.of(), Set.of()))
                .isInstanceOfSatisfying(CriteriaException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_SHEET");
                    assertThat(e.getMessage()).contains("QD26-99");
                });
    }

    @Test
    void theUpgradeGapSaysWhenThereIsNoNextClassOrNoSelfAssessment() {
        assertThat(api.upgradeGap(1, 5).kind()).isEqualTo(ocop.criteria.UpgradeGap.Kind.TOP_CLASS);
        ocop.criteria.UpgradeGap gap = api.upgradeGap(1, 3);
        assertThat(gap.kind()).isEqualTo(ocop.criteria.UpgradeGap.Kind.NO_SELF_ASSESSMENT);
        assertThat(gap.targetStars()).isEqualTo(4);
    }

    @Test
    void councilUsesTheConfiguredRules() {
        CouncilResult result = api.council(List.of(new BigDecimal("92"), new BigDecimal("80")), 3, true);
        assertThat(result.average()).isEqualByComparingTo("86");
        assertThat(result.stars()).isEqualTo(4);
        assertThat(result.spreadExceeded()).isTrue();
        assertThat(result.quorumMet()).isFalse();
    }

    @Test
    void importsValidateAgainstTheKnownClassification() {
        String text = SheetJson.write(api.sheet("QD26-02").orElseThrow());
        assertThat(api.parse(text)).isEqualTo(api.sheet("QD26-02").orElseThrow());
        String broken = text.replace("\"max\": 40", "\"max\": 41").replace("\"I.1.b\"", "\"I.9.z\"");
        assertThatThrownBy(() -> api.parse(broken)).isInstanceOfSatisfying(CriteriaException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_SHEET");
            assertThat(e.errors()).hasSizeGreaterThanOrEqualTo(3)
                    .anySatisfy(m -> assertThat(m).contains("I.9.z"))
                    .anySatisfy(m -> assertThat(m).contains("phần A phải là 40, đang là 41"));
        });
    }
}
