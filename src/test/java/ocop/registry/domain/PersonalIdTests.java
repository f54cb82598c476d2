package ocop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "075085001234        | 075085001234",
            "001199123456        | 001199123456",
            "096305000001        | 096305000001",
            "' 079 203 012 345 ' | 079203012345",
            "070.1.85.123456     | 070185123456",
    })
    void acceptsTwelveDigitIds(String raw, String canonical) {
        IdentifierCheck check = PersonalId.validate(raw);
        assertThat(check.valid()).isTrue();
        assertThat(check.canonical()).isEqualTo(canonical);
        assertThat(PersonalId.of(raw)).map(PersonalId::value).contains(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "272345678     | registry.personalId.legacyCmnd",
            "0750850012    | registry.personalId.length",
            "0750850012345 | registry.personalId.length",
            "000085001234  | registry.personalId.province",
            "097085001234  | registry.personalId.province",
            "999085001234  | registry.personalId.province",
            "07508500123A  | registry.personalId.format",
            "''            | registry.personalId.required",
    })
    void rejectsInvalidIds(String raw, String errorKey) {
        IdentifierCheck check = PersonalId.validate(raw);
        assertThat(check.valid()).isFalse();
        assertThat(check.errorKey()).isEqualTo(errorKey);
        assertThat(check.message()).isNotBlank().isNotEqualTo(errorKey);
        assertThat(PersonalId.of(raw)).isEmpty();
    }

    @Test
    void oldCmndHasItsOwnMessage() {
        assertThat(PersonalId.validate("272 345 678").message()).contains("CMND 9 chữ số");
        assertThat(PersonalId.validate(null).errorKey()).isEqualTo("registry.personalId.required");
    }

    @ParameterizedTest
    @CsvSource({
            "075085001234, 1900, 1985, false",
            "075185001234, 1900, 1985, true",
            "079203012345, 2000, 2003, false",
            "079312012345, 2000, 2012, true",
            "001400000001, 2100, 2100, false",
            "001999000001, 2300, 2399, true",
    })
    void derivesBirthCenturyYearAndSex(String id, int centuryStart, int birthYear, boolean female) {
        PersonalId personalId = new PersonalId(id);
        assertThat(personalId.birthCenturyStart()).isEqualTo(centuryStart);
        assertThat(personalId.birthYear()).isEqualTo(birthYear);
        assertThat(personalId.female()).isEqualTo(female);
    }

    @Test
    void exposesProvinceOfBirthCode() {
        assertThat(new PersonalId("075085001234").provinceCode()).isEqualTo("075");
    }

    @Test
    void constructorRejectsInvalidId() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalId("272345678"));
    }
}
