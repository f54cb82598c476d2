package ocop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0912345678       | +84912345678  | 0912 345 678  | true",
            "+84912345678     | +84912345678  | 0912 345 678  | true",
            "0912 345 678     | +84912345678  | 0912 345 678  | true",
            "0912.345.678     | +84912345678  | 0912 345 678  | true",
            "(+84) 912-345-678 | +84912345678 | 0912 345 678  | true",
            "0867123456       | +84867123456  | 0867 123 456  | true",
            "0356789012       | +84356789012  | 0356 789 012  | true",
            "02513822123      | +842513822123 | 0251 3822 123 | false",
            "0251 3822 123    | +842513822123 | 0251 3822 123 | false",
            "02838221234      | +842838221234 | 028 3822 1234 | false",
    })
    void acceptsVietnameseMobilesAndLandlines(String raw, String e164, String display, boolean mobile) {
        IdentifierCheck check = PhoneNumber.validate(raw);
        assertThat(check.valid()).isTrue();
        assertThat(check.canonical()).isEqualTo(e164);
        PhoneNumber phone = PhoneNumber.of(raw).orElseThrow();
        assertThat(phone.value()).isEqualTo(e164);
        assertThat(phone.display()).isEqualTo(display);
        assertThat(phone.mobile()).isEqualTo(mobile);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12345           | registry.phone.invalid",
            "0112345678      | registry.phone.invalid",
            "091234567       | registry.phone.invalid",
            "09123456789     | registry.phone.invalid",
            "0912ABCDEF      | registry.phone.invalid",
            "abc             | registry.phone.invalid",
            "0912345678 ext 5 | registry.phone.invalid",
            "+1 650 253 0000 | registry.phone.notVietnamese",
            "''              | registry.phone.required",
    })
    void rejectsInvalidNumbers(String raw, String errorKey) {
        IdentifierCheck check = PhoneNumber.validate(raw);
        assertThat(check.valid()).isFalse();
        assertThat(check.errorKey()).isEqualTo(errorKey);
        assertThat(check.message()).isNotBlank().isNotEqualTo(errorKey);
        assertThat(PhoneNumber.of(raw)).isEmpty();
    }

    @Test
    void invalidMessageIsVietnamese() {
        assertThat(PhoneNumber.validate("12345").message()).isEqualTo("Số điện thoại không hợp lệ.");
        assertThat(PhoneNumber.validate(null).errorKey()).isEqualTo("registry.phone.required");
    }

    @Test
    void equalNumbersWrittenDifferentlyAreEqual() {
        assertThat(new PhoneNumber("0912 345 678")).isEqualTo(new PhoneNumber("+84 912 345 678"));
    }

    @Test
    void constructorRejectsInvalidNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("12345"))
                .withMessage("Số điện thoại không hợp lệ.");
    }
}
