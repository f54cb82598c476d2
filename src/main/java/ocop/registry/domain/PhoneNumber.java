package ocop.registry.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Số điện thoại (phone number): a Vietnamese mobile or landline number, checked with Google libphonenumber for
 * region VN and stored in E.164 form ({@code +84912345678}).
 *
 * <p>Input may use spaces, dots, dashes, parentheses and one leading {@code +}. Letters are rejected (no vanity
 * numbers), and so are numbers that are valid only outside Việt Nam.
 *
 * @param value the E.164 form
 */
public record PhoneNumber(String value) {

    /** Mã vùng quốc gia (region) used to read numbers written without a country code. */
    public static final String REGION = "VN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Ký tự được phép khi nhập (allowed characters): digits, separators and one leading plus, as in (+84). */
    private static final Pattern ALLOWED = Pattern.compile("\\(?\\+?[0-9\\s\\p{Z}.()\\-\\u2010-\\u2015]+");

    /** Tạo từ chuỗi (from text); throws {@link IllegalArgumentException} when the text is not a valid number. */
    public PhoneNumber {
        IdentifierCheck check = validate(value);
        if (!check.valid()) {
            throw new IllegalArgumentException(check.message());
        }
        value = check.canonical();
    }

    /**
     * Kiểm tra số điện thoại (check a phone number).
     *
     * @param raw user input, may be {@code null}
     * @return the check; its canonical value is the E.164 form
     */
    public static IdentifierCheck validate(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return IdentifierCheck.error("registry.phone.required");
        }
        if (!ALLOWED.matcher(text).matches()) {
            return IdentifierCheck.error("registry.phone.invalid");
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(text, REGION);
        } catch (NumberParseException e) {
            return IdentifierCheck.error("registry.phone.invalid");
        }
        if (!UTIL.isValidNumber(parsed)) {
            return IdentifierCheck.error("registry.phone.invalid");
        }
        if (!UTIL.isValidNumberForRegion(parsed, REGION)) {
            return IdentifierCheck.error("registry.phone.notVietnamese");
        }
        return IdentifierCheck.ok(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /**
     * Đọc số điện thoại (parse a phone number).
     *
     * @param raw user input, may be {@code null}
     * @return the number, or empty when the input is not a valid Vietnamese number
     */
    public static Optional<PhoneNumber> of(String raw) {
        IdentifierCheck check = validate(raw);
        return check.valid() ? Optional.of(new PhoneNumber(check.canonical())) : Optional.empty();
    }

    /** Cách hiển thị trong nước (national display format), e.g. {@code "091 234 56 78"}. */
    public String display() {
        return UTIL.format(parsed(), PhoneNumberFormat.NATIONAL);
    }

    /** Số di động (mobile): whether libphonenumber classifies this number as a mobile number. */
    public boolean mobile() {
        PhoneNumberType type = UTIL.getNumberType(parsed());
        return type == PhoneNumberType.MOBILE;
    }

    private Phonenumber.PhoneNumber parsed() {
        try {
            return UTIL.parse(value, REGION);
        } catch (NumberParseException e) {
            throw new IllegalStateException("stored value is not a phone number: " + value, e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
