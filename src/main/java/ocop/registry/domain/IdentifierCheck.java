package ocop.registry.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Kết quả kiểm tra mã định danh (result of checking an identifier): shared by {@link TaxCode},
 * {@link PersonalId} and {@link PhoneNumber}. Also the message catalogue for the warnings of
 * {@link HouseholdRegistrationNo}.
 *
 * @param valid     whether the input is an acceptable identifier
 * @param canonical the canonical form to store when valid, otherwise {@code null}
 * @param errorKey  a message key such as {@code registry.taxCode.checksum} when invalid, otherwise {@code null}
 */
public record IdentifierCheck(boolean valid, String canonical, String errorKey) {

    /** Thông báo tiếng Việt theo mã lỗi (Vietnamese message per key). Keys mirror the i18n bundle. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("registry.taxCode.required", "Chưa nhập mã số thuế."),
            Map.entry("registry.taxCode.format", "Mã số thuế không hợp lệ: chỉ được gồm chữ số."),
            Map.entry("registry.taxCode.length", "Mã số thuế không hợp lệ: phải có 10 hoặc 13 chữ số."),
            Map.entry("registry.taxCode.province", "Mã số thuế không hợp lệ: hai chữ số đầu không được là 00."),
            Map.entry("registry.taxCode.sequence", "Mã số thuế không hợp lệ: số thứ tự không được toàn số 0."),
            Map.entry("registry.taxCode.checksum", "Mã số thuế không hợp lệ: sai chữ số kiểm tra."),
            Map.entry("registry.taxCode.branch", "Mã số thuế không hợp lệ: mã đơn vị phụ thuộc phải từ 001 đến 999."),
            Map.entry("registry.personalId.required", "Chưa nhập số định danh cá nhân."),
            Map.entry("registry.personalId.format", "Số định danh cá nhân không hợp lệ: chỉ được gồm chữ số."),
            Map.entry("registry.personalId.legacyCmnd",
                    "Đây là số CMND 9 chữ số cũ; vui lòng nhập số định danh cá nhân (CCCD) 12 chữ số."),
            Map.entry("registry.personalId.length", "Số định danh cá nhân không hợp lệ: phải có 12 chữ số."),
            Map.entry("registry.personalId.province",
                    "Số định danh cá nhân không hợp lệ: mã tỉnh nơi đăng ký khai sinh phải từ 001 đến 096."),
            Map.entry("registry.phone.required", "Chưa nhập số điện thoại."),
            Map.entry("registry.phone.invalid", "Số điện thoại không hợp lệ."),
            Map.entry("registry.phone.notVietnamese", "Số điện thoại không phải số Việt Nam."),
            Map.entry("registry.household.required", "Chưa nhập mã số hộ kinh doanh."),
            Map.entry("registry.household.unrecognised",
                    "Mã số hộ kinh doanh không đúng định dạng thường gặp; vui lòng kiểm tra lại."));

    /** Kiểm tra tính nhất quán (consistency): a valid check has a canonical value, an invalid one an error key. */
    public IdentifierCheck {
        if (valid) {
            Objects.requireNonNull(canonical, "canonical");
            if (errorKey != null) {
                throw new IllegalArgumentException("a valid check carries no error key");
            }
        } else {
            Objects.requireNonNull(errorKey, "errorKey");
            if (canonical != null) {
                throw new IllegalArgumentException("an invalid check carries no canonical value");
            }
        }
    }

    /** Ký tự phân cách được bỏ qua (ignored separators): whitespace, dots and dashes. */
    private static final java.util.regex.Pattern SEPARATORS =
            java.util.regex.Pattern.compile("[\\s\\p{Z}.\\-\\u2010-\\u2015]+");

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    /** The input without separators; {@code ""} for {@code null}. */
    static String stripSeparators(String raw) {
        return raw == null ? "" : SEPARATORS.matcher(raw).replaceAll("");
    }

    /** The error for empty or non-digit input, under {@code <keyPrefix>.required} / {@code .format}; else null. */
    static IdentifierCheck digitsProblem(String stripped, String keyPrefix) {
        if (stripped.isEmpty()) {
            return error(keyPrefix + ".required");
        }
        return DIGITS.matcher(stripped).matches() ? null : error(keyPrefix + ".format");
    }

    /** The canonical value of a valid check; {@link IllegalArgumentException} with the message otherwise. */
    static String canonicalOrThrow(IdentifierCheck check) {
        if (!check.valid()) {
            throw new IllegalArgumentException(check.message());
        }
        return check.canonical();
    }

    /** Hợp lệ (valid): the input is acceptable and {@code canonical} is what to store. */
    public static IdentifierCheck ok(String canonical) {
        return new IdentifierCheck(true, canonical, null);
    }

    /** Không hợp lệ (invalid) for the reason named by {@code errorKey}. */
    public static IdentifierCheck error(String errorKey) {
        return new IdentifierCheck(false, null, errorKey);
    }

    /** Thông báo lỗi tiếng Việt (Vietnamese error message), or {@code null} when the check is valid. */
    public String message() {
        return valid ? null : messageFor(errorKey);
    }

    /**
     * Thông báo tiếng Việt cho một mã (Vietnamese message for a key); falls back to the key itself when unknown.
     *
     * @param key a message key such as {@code registry.phone.invalid}
     * @return the Vietnamese message text, or {@code null} when {@code key} is {@code null}
     */
    public static String messageFor(String key) {
        return key == null ? null : MESSAGES.getOrDefault(key, key);
    }
}
