package ocop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxCodeTests {

    // Check digits computed with weights (31,29,23,19,17,13,7,5,3), C = 10 - (sum mod 11).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0100109106       | 0100109106",
            "0300588569       | 0300588569",
            "3600123457       | 3600123457",
            "7501234562       | 7501234562",
            "0101234565       | 0101234565",
            "3600987658       | 3600987658",
            "0312345673       | 0312345673",
            "0100109106-001   | 0100109106-001",
            "0100109106001    | 0100109106-001",
            "3600123457-999   | 3600123457-999",
            "' 0100.109.106 ' | 0100109106",
            "0100 109 106-012 | 0100109106-012",
    })
    void acceptsValidCodes(String raw, String canonical) {
        IdentifierCheck check = TaxCode.validate(raw);
        assertThat(check.valid()).isTrue();
        assertThat(check.canonical()).isEqualTo(canonical);
        assertThat(check.errorKey()).isNull();
        assertThat(check.message()).isNull();
        assertThat(TaxCode.of(raw)).map(TaxCode::value).contains(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0100109107      | registry.taxCode.checksum",
            "0300588560      | registry.taxCode.checksum",
            "3600123440      | registry.taxCode.checksum",
            "3600123449      | registry.taxCode.checksum",
            "0100109107-001  | registry.taxCode.checksum",
            "0100109106-000  | registry.taxCode.branch",
            "0012345678      | registry.taxCode.province",
            "7500000000      | registry.taxCode.sequence",
            "010010910       | registry.taxCode.length",
            "01001091066     | registry.taxCode.length",
            "0100109106-01   | registry.taxCode.length",
            "0100109106-0001 | registry.taxCode.length",
            "01001O9106      | registry.taxCode.format",
            "MST0100109106   | registry.taxCode.format",
            "''              | registry.taxCode.required",
            "' - . '         | registry.taxCode.required",
    })
    void rejectsInvalidCodes(String raw, String errorKey) {
        IdentifierCheck check = TaxCode.validate(raw);
        assertThat(check.valid()).isFalse();
        assertThat(check.canonical()).isNull();
        assertThat(check.errorKey()).isEqualTo(errorKey);
        assertThat(check.message()).startsWith(errorKey.endsWith("required") ? "Chưa nhập" : "Mã số thuế không hợp lệ");
        assertThat(TaxCode.of(raw)).isEmpty();
    }

    @Test
    void checksumMessageIsVietnamese() {
        assertThat(TaxCode.validate("0100109107").message())
                .isEqualTo("Mã số thuế không hợp lệ: sai chữ số kiểm tra.");
    }

    @Test
    void nullIsRequired() {
        assertThat(TaxCode.validate(null).errorKey()).isEqualTo("registry.taxCode.required");
    }

    @Test
    void branchCodeKnowsItsHeadOffice() {
        TaxCode branch = new TaxCode("0100109106 001");
        assertThat(branch.value()).isEqualTo("0100109106-001");
        assertThat(branch.branch()).isTrue();
        assertThat(branch.headOffice()).isEqualTo("0100109106");
        assertThat(new TaxCode("0100109106").branch()).isFalse();
        assertThat(branch).isEqualTo(new TaxCode("0100109106001"));
    }

    @Test
    void constructorRejectsInvalidCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TaxCode("0100109107"))
                .withMessage("Mã số thuế không hợp lệ: sai chữ số kiểm tra.");
    }
}
