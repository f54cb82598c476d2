package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import ocop.certification.domain.ValidityPolicy.Convention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Valid-until dates (thời hạn hiệu lực) across month ends and 29 February, under both day conventions. */
class ValidityPolicyTests {

    @ParameterizedTest(name = "{0} + {1} months ({2}) → {3}")
    @CsvSource({
            "2026-03-15, 36, ANNIVERSARY, 2029-03-15",
            "2026-05-22, 36, ANNIVERSARY, 2029-05-22",
            "2026-08-31, 36, ANNIVERSARY, 2029-08-31",
            "2026-12-31, 36, ANNIVERSARY, 2029-12-31",
            "2028-02-29, 36, ANNIVERSARY, 2031-02-28",
            "2027-02-28, 36, ANNIVERSARY, 2030-02-28",
            "2025-02-28, 36, ANNIVERSARY, 2028-02-28",
            "2026-01-31, 1, ANNIVERSARY, 2026-02-28",
            "2028-01-31, 1, ANNIVERSARY, 2028-02-29",
            "2026-08-31, 1, ANNIVERSARY, 2026-09-30",
            "2026-03-15, 36, DAY_BEFORE_ANNIVERSARY, 2029-03-14",
            "2026-03-01, 36, DAY_BEFORE_ANNIVERSARY, 2029-02-28",
            "2029-03-01, 36, DAY_BEFORE_ANNIVERSARY, 2032-02-29",
            "2028-02-29, 36, DAY_BEFORE_ANNIVERSARY, 2031-02-28",
            "2028-02-29, 48, DAY_BEFORE_ANNIVERSARY, 2032-02-28",
            "2026-01-01, 36, DAY_BEFORE_ANNIVERSARY, 2028-12-31",
            "2026-01-31, 1, DAY_BEFORE_ANNIVERSARY, 2026-02-28",
            "2028-01-31, 1, DAY_BEFORE_ANNIVERSARY, 2028-02-29",
            "2026-08-31, 1, DAY_BEFORE_ANNIVERSARY, 2026-09-30"
    })
    void validUntil(LocalDate issued, int months, Convention convention, LocalDate expected) {
        assertThat(new ValidityPolicy(months, convention).validUntil(issued)).isEqualTo(expected);
    }

    @Test
    void theDecreeDefaultIsThirtySixMonthsToTheAnniversary() {
        assertThat(ValidityPolicy.DECREE_26.months()).isEqualTo(36);
        assertThat(ValidityPolicy.DECREE_26.validUntil(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2029, 11, 30));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new ValidityPolicy(0, Convention.ANNIVERSARY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValidityPolicy(36, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
