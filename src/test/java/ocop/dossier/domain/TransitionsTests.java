package ocop.dossier.domain;

import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import ocop.access.Role;
import org.junit.jupiter.api.Test;

/** The dossier state machine and the rounds, without Spring. */
class TransitionsTests {

    @Test
    void everyStateButTheFinalOnesHasAWayOn() {
        for (DossierStatus s : DossierStatus.values()) {
            boolean hasMove = Transitions.all().stream().anyMatch(m -> m.from() == s);
            assertThat(hasMove).as(s.name()).isEqualTo(!s.isFinal());
        }
    }

    @Test
    void theProducerSubmitsAndResubmitsButNeverAssessesOrIssues() {
        assertThat(Transitions.allowed(DossierStatus.DRAFT, Role.PRODUCER))
                .containsExactly(DossierAction.SUBMIT, DossierAction.WITHDRAW);
        assertThat(Transitions.allowed(DossierStatus.SUBMITTED, Role.PRODUCER)).containsExactly(DossierAction.WITHDRAW);
        assertThat(Transitions.allowed(DossierStatus.WARD_ASSESSMENT, Role.PRODUCER))
                .doesNotContain(DossierAction.ISSUE_REPORT);
    }

    @Test
    void onlyTheLeaderIssuesTheReport() {
        assertThat(Transitions.find(DossierStatus.WARD_ASSESSMENT, DossierAction.ISSUE_REPORT).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.WARD_LEADER, Role.ADMIN);
        assertThat(Transitions.allowed(DossierStatus.WARD_ASSESSMENT, Role.WARD_OFFICER))
                .doesNotContain(DossierAction.ISSUE_REPORT);
    }

    @Test
    void noWithdrawalOnceSentToTheProvince() {
        assertThat(Transitions.find(DossierStatus.SENT_TO_PROVINCE, DossierAction.WITHDRAW)).isEmpty();
        assertThat(Transitions.find(DossierStatus.REPORT_ISSUED, DossierAction.WITHDRAW)).isPresent();
    }

    @Test
    void theNextCutOffIsThirtyAprilOrThirtyOctober() {
        EvaluationRounds rounds = EvaluationRounds.decree26();
        assertThat(rounds.next(LocalDate.of(2026, 4, 30)).sendBefore()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(rounds.next(LocalDate.of(2026, 5, 1)).round().sendBefore()).isEqualTo(MonthDay.of(10, 30));
        assertThat(rounds.next(LocalDate.of(2026, 11, 29)).sendBefore()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(rounds.next(LocalDate.of(2026, 11, 29)).evaluatedBefore()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void registrationNumbersFollowTheFormOfMau01() {
        assertThat(RegistrationNumber.format(RegistrationNumber.DEFAULT_FORMAT, 3, 1, "75", "26080", 2026))
                .isEqualTo("03-01/PĐK-75-26080-2026");
    }
}
