package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import ocop.criteria.Recognition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StarBandsTests {

    @ParameterizedTest
    @CsvSource({"0, 1", "29.99, 1", "30, 2", "49.99, 2", "50, 3", "69.99, 3", "69.9999999999, 3", "70, 4",
            "89.99, 4", "90, 5", "100, 5"})
    void bandEdges(String score, int stars) {
        assertThat(StarBands.starsFor(new BigDecimal(score))).isEqualTo(stars);
    }

    @Test
    void onlyThreeStarsAndAboveAreRecognisedByProvinceOrMinistry() {
        assertThat(StarBands.certifiable(2)).isFalse();
        assertThat(StarBands.certifiable(3)).isTrue();
        assertThat(StarBands.recognisedBy(0)).isEqualTo(Recognition.NONE);
        assertThat(StarBands.recognisedBy(2)).isEqualTo(Recognition.NONE);
        assertThat(StarBands.recognisedBy(3)).isEqualTo(Recognition.PROVINCE);
        assertThat(StarBands.recognisedBy(4)).isEqualTo(Recognition.PROVINCE);
        assertThat(StarBands.recognisedBy(5)).isEqualTo(Recognition.MINISTRY);
        assertThat(StarBands.bands()).extracting(StarBands.Band::stars).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void exactMeanIsNeverRoundedUp() {
        // (70 + 70 + 69.99) / 3 = 69.99666…: 3★
        assertThat(StarBands.starsForMean(new BigDecimal("209.99"), 3)).isEqualTo(3);
        assertThat(StarBands.starsForMean(new BigDecimal("210"), 3)).isEqualTo(4);
    }

    @Test
    void scoresOutsideZeroToHundredAreRejected() {
        assertThatThrownBy(() -> StarBands.starsFor(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarBands.starsFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
