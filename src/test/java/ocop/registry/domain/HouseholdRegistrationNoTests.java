package ocop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.registry.domain.HouseholdRegistrationNo.Check;
import ocop.registry.domain.HouseholdRegistrationNo.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseholdRegistrationNoTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0100109106          | 0100109106     | MST",
            "' 3600.123.457 '    | 3600123457     | MST",
            "0100109106-001      | 0100109106-001 | MST_BRANCH",
            "0100109106001       | 0100109106-001 | MST_BRANCH",
            "075085001234        | 075085001234   | PERSONAL_ID",
            "075 085 001 234     | 075085001234   | PERSONAL_ID",
            "32A8010625          | 32A8010625     | LEGACY",
            "47ab8012345         | 47AB8012345    | LEGACY",
    })
    void recognisesKnownFormatsWithoutWarning(String raw, String value, Format format) {
        Check check = HouseholdRegistrationNo.validate(raw);
        assertThat(check.value()).isEqualTo(value);
        assertThat(check.format()).isEqualTo(format);
        assertThat(check.warning()).isFalse();
        assertThat(check.warningKey()).isNull();
        assertThat(check.message()).isNull();
        assertThat(check.present()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0100109107       | 0100109107       | registry.taxCode.checksum",
            "0100109106-000   | 0100109106-000   | registry.taxCode.branch",
            "097085001234     | 097085001234     | registry.personalId.province",
            "0100109106-01    | 0100109106-01    | registry.household.unrecognised",
            "272345678        | 272345678        | registry.household.unrecognised",
            "'  GP số 123/HKD ' | GP số 123/HKD  | registry.household.unrecognised",
            "32A801062        | 32A801062        | registry.household.unrecognised",
    })
    void keepsUnrecognisedValuesWithAWarning(String raw, String value, String warningKey) {
        Check check = HouseholdRegistrationNo.validate(raw);
        assertThat(check.value()).isEqualTo(value);
        assertThat(check.format()).isEqualTo(Format.UNRECOGNISED);
        assertThat(check.warning()).isTrue();
        assertThat(check.warningKey()).isEqualTo(warningKey);
        assertThat(check.message()).isNotBlank().isNotEqualTo(warningKey);
    }

    @Test
    void blankInputHasNoValueAndWarns() {
        for (String blank : new String[] {null, "", "   "}) {
            Check check = HouseholdRegistrationNo.validate(blank);
            assertThat(check.present()).isFalse();
            assertThat(check.value()).isNull();
            assertThat(check.warningKey()).isEqualTo("registry.household.required");
        }
    }
}
