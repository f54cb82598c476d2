package ocop.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ocop.OcopIntegrationTest;
import ocop.access.AuditTrail;
import ocop.access.UserAccounts;
import ocop.criteria.CriteriaApi;
import ocop.criteria.Evaluation;
import ocop.criteria.SelfAssessmentResult;
import ocop.registry.RegistryApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo self-assessments come out as designed — read through {@link CriteriaApi#selfAssessments}, each scored by the
 * engine on its sheet — and running the loader again adds nothing.
 */
@OcopIntegrationTest
class DemoSelfAssessmentsTests {

    @Autowired
    CriteriaApi criteria;

    @Autowired
    RegistryApi registry;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DemoSelfAssessments loader;

    private Map<String, SelfAssessmentResult> byProductName(String user) {
        return accounts.runAs(user, () -> criteria.selfAssessments().stream()
                .filter(r -> DemoSelfAssessments.SEEDS.stream().anyMatch(s -> s.product().equals(name(r))))
                .collect(Collectors.toMap(this::name, Function.identity())));
    }

    private String name(SelfAssessmentResult r) {
        return registry.product(r.productId()).map(p -> p.name()).orElse("?");
    }

    @Test
    void theSeedsHaveTheirTotalsAndClasses() {
        Map<String, SelfAssessmentResult> lk = byProductName("canbo");
        assertThat(lk).containsOnlyKeys("Chôm chôm Long Khánh", "Cà phê rang xay Bàu Trâm", "Giỏ mây đan thủ công",
                "Du lịch vườn trái cây Long Khánh", "Rượu vang chôm chôm");
        lk.values().forEach(r -> {
            assertThat(r.completed()).isTrue();
            assertThat(r.completedOn()).isNotNull();
            assertThat(r.evaluation().incompleteItems()).isEmpty();
            assertThat(r.evaluation().disqualification()).isNull();
        });
        assertThat(result(lk, "Chôm chôm Long Khánh")).extracting(Evaluation::total, Evaluation::stars)
                .containsExactly(66, 3);
        Evaluation caPhe = result(lk, "Cà phê rang xay Bàu Trâm");
        assertThat(caPhe.total()).isEqualTo(74);
        assertThat(caPhe.band()).isEqualTo(4);
        assertThat(caPhe.stars()).isEqualTo(2);
        assertThat(caPhe.certifiable()).isFalse();
        assertThat(caPhe.heldBackBy()).extracting(Evaluation.UnmetRequirement::requiredFor).contains(3);
        assertThat(result(lk, "Giỏ mây đan thủ công")).extracting(Evaluation::total, Evaluation::stars)
                .containsExactly(64, 3);
        assertThat(result(lk, "Du lịch vườn trái cây Long Khánh")).extracting(Evaluation::total, Evaluation::stars)
                .containsExactly(60, 3);
        Evaluation ruou = result(lk, "Rượu vang chôm chôm");
        assertThat(ruou.total()).isEqualTo(76);
        assertThat(ruou.stars()).isEqualTo(4);
        assertThat(ruou.nextStar().threshold()).isEqualTo(90);

        Map<String, SelfAssessmentResult> bv = byProductName("canbobv");
        assertThat(bv).containsOnlyKeys("Bánh tráng phơi sương");
        assertThat(result(bv, "Bánh tráng phơi sương")).extracting(Evaluation::total, Evaluation::stars)
                .containsExactly(58, 3);
        assertThat(byProductName("hoangduy")).isEmpty();
    }

    @Autowired
    AuditTrail audit;

    /** Nothing is created or saved again: same rows, and no new entry in their audit trail. */
    @Test
    void runningAgainChangesNothing() {
        Map<String, Long> ids = byProductName("admin").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
        assertThat(ids).hasSize(DemoSelfAssessments.SEEDS.size());
        Map<Long, Integer> entries = entries(ids);
        loader.run(null);
        assertThat(byProductName("admin").values()).extracting(SelfAssessmentResult::id)
                .containsExactlyInAnyOrderElementsOf(ids.values());
        assertThat(entries(ids)).isEqualTo(entries);
    }

    private Map<Long, Integer> entries(Map<String, Long> ids) {
        return accounts.runAs("admin", () -> ids.values().stream()
                .collect(Collectors.toMap(id -> id, id -> audit.history("self-assessment", id).size())));
    }

    private static Evaluation result(Map<String, SelfAssessmentResult> map, String name) {
        return map.get(name).evaluation();
    }
}
