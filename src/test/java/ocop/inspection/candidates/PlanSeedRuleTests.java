package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ocop.inspection.CandidateKind;
import org.junit.jupiter.api.Test;

/** {@link PlanSeedRule}: the offered title, the plan's period and the day planned when none is typed. */
class PlanSeedRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void theTitleNamesTheListAndThePeriod() {
        assertThat(PlanSeedRule.title(CandidateKind.AT_RISK, 2026, 4))
                .isEqualTo("Kiểm tra sản phẩm có nguy cơ – Quý 4/2026");
        assertThat(PlanSeedRule.title(CandidateKind.READY, 2027, null))
                .isEqualTo("Kiểm tra sản phẩm sẵn sàng đánh giá – Năm 2027");
        assertThat(PlanSeedRule.title(CandidateKind.UPGRADE, 2027, 1))
                .isEqualTo("Kiểm tra sản phẩm có thể nâng hạng – Quý 1/2027");
    }

    @Test
    void quartersAndYearsHaveTheirFirstAndLastDays() {
        assertThat(PlanSeedRule.quarterOf(TODAY)).isEqualTo(4);
        assertThat(PlanSeedRule.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo(1);
        assertThat(PlanSeedRule.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(2);
        assertThat(PlanSeedRule.firstDay(2026, 3)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PlanSeedRule.lastDay(2026, 3)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(PlanSeedRule.lastDay(2026, null)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PlanSeedRule.within(LocalDate.of(2026, 12, 31), 2026, 4)).isTrue();
        assertThat(PlanSeedRule.within(LocalDate.of(2027, 1, 1), 2026, 4)).isFalse();
        assertThat(PlanSeedRule.within(LocalDate.of(2026, 9, 30), 2026, 4)).isFalse();
    }

    @Test
    void theDayPlannedIsTodayInARunningPeriodElseTheNearestEndOfThePeriod() {
        assertThat(PlanSeedRule.plannedDay(2026, 4, TODAY)).isEqualTo(TODAY);
        assertThat(PlanSeedRule.plannedDay(2026, null, TODAY)).isEqualTo(TODAY);
        assertThat(PlanSeedRule.plannedDay(2027, 1, TODAY)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(PlanSeedRule.plannedDay(2027, null, TODAY)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(PlanSeedRule.plannedDay(2026, 2, TODAY)).isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
