package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import ocop.criteria.CouncilResult;
import ocop.criteria.CouncilSettings;
import ocop.criteria.CriteriaException;
import ocop.criteria.Recognition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilScoringTests {

    private final CouncilScoring council = new CouncilScoring(CouncilSettings.COMMON);

    private static List<BigDecimal> totals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @ParameterizedTest
    @CsvSource({"29.98, 30, 29.99, 1", "30, 30, 30, 2", "49.98, 50, 49.99, 2", "50, 50, 50, 3",
            "69.98, 70, 69.99, 3", "70, 70, 70, 4", "89.98, 90, 89.99, 4", "90, 90, 90, 5", "100, 100, 100, 5"})
    void classIsTakenOnTheMean(String first, String second, String mean, int stars) {
        CouncilResult result = council.score(totals(first, second));
        assertThat(result.average()).isEqualByComparingTo(mean);
        assertThat(result.stars()).isEqualTo(stars);
        assertThat(result.certifiable()).isEqualTo(stars >= 3);
    }

    @Test
    void aMeanJustBelowSeventyIsThreeStarsNeverRoundedUp() {
        CouncilResult result = council.score(totals("70", "70", "69.999"));
        assertThat(result.average()).isEqualByComparingTo("69.9996");
        assertThat(result.stars()).isEqualTo(3);
        assertThat(result.recognisedBy()).isEqualTo(Recognition.PROVINCE);
        CouncilResult thirds = council.score(totals("70", "70", "69"));
        assertThat(thirds.average()).isEqualByComparingTo("69.6666");
        assertThat(thirds.stars()).isEqualTo(3);
    }

    @Test
    void aSpreadOverTheLimitIsFlaggedForRescoring() {
        CouncilResult within = council.score(totals("80", "70", "75"));
        assertThat(within.spread()).isEqualByComparingTo("10");
        assertThat(within.spreadExceeded()).isFalse();
        assertThat(within.conclusive()).isTrue();
        CouncilResult over = council.score(totals("80.5", "70", "75"));
        assertThat(over.spreadExceeded()).isTrue();
        assertThat(over.conclusive()).isFalse();
        CouncilScoring lenient = new CouncilScoring(new CouncilSettings(new BigDecimal("15"), 3, 4, true));
        assertThat(lenient.score(totals("80.5", "70")).spreadExceeded()).isFalse();
    }

    @Test
    void quorumIsAFractionOfTheAppointedMembersWithTheChair() {
        List<BigDecimal> six = totals("80", "80", "80", "80", "80", "80");
        assertThat(council.score(six, 8, true).quorumMet()).isTrue();
        assertThat(council.score(six.subList(0, 5), 8, true).quorumMet()).isFalse();
        assertThat(council.score(six, 8, false).quorumMet()).isFalse();
        assertThat(council.score(six, 8, false).conclusive()).isFalse();
        CouncilScoring half = new CouncilScoring(new CouncilSettings(BigDecimal.TEN, 1, 2, false));
        assertThat(half.score(six.subList(0, 4), 8, false).quorumMet()).isTrue();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> council.score(List.of())).isInstanceOfSatisfying(CriteriaException.class,
                e -> assertThat(e.field()).isEqualTo("totals"));
        assertThatThrownBy(() -> council.score(totals("101"))).isInstanceOf(CriteriaException.class);
        assertThatThrownBy(() -> council.score(totals("80", "80"), 1, true))
                .isInstanceOfSatisfying(CriteriaException.class, e -> assertThat(e.field()).isEqualTo("councilSize"));
    }
}
