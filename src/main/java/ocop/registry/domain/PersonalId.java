package ocop.registry.domain;

import java.util.Optional;

/**
 * Số định danh cá nhân / số CCCD / số thẻ căn cước (personal identification number): 12 digits
 * {@code PPP G YY NNNNNN}. There is no checksum.
 *
 * <p>PPP is the code of the province where the birth was registered (001–096; pre-merger codes stay valid),
 * G encodes century and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s),
 * YY the last two digits of the birth year. The old 9-digit CMND is rejected with its own reason.
 *
 * @param value the 12 digits
 */
public record PersonalId(String value) {

    private static final int MAX_PROVINCE_CODE = 96;

    /** Tạo từ chuỗi (from text); throws {@link IllegalArgumentException} when the text is not a valid id. */
    public PersonalId {
        value = IdentifierCheck.canonicalOrThrow(validate(value));
    }

    /**
     * Kiểm tra số định danh cá nhân (check a personal id).
     *
     * @param raw user input, may be {@code null}
     * @return the check; its canonical value is the 12 digits
     */
    public static IdentifierCheck validate(String raw) {
        String digits = IdentifierCheck.stripSeparators(raw);
        IdentifierCheck problem = IdentifierCheck.digitsProblem(digits, "registry.personalId");
        if (problem != null) {
            return problem;
        }
        if (digits.length() == 9) {
            return IdentifierCheck.error("registry.personalId.legacyCmnd");
        }
        if (digits.length() != 12) {
            return IdentifierCheck.error("registry.personalId.length");
        }
        int province = Integer.parseInt(digits.substring(0, 3));
        if (province < 1 || province > MAX_PROVINCE_CODE) {
            return IdentifierCheck.error("registry.personalId.province");
        }
        return IdentifierCheck.ok(digits);
    }

    /**
     * Đọc số định danh cá nhân (parse a personal id).
     *
     * @param raw user input, may be {@code null}
     * @return the id, or empty when the input is not a valid 12-digit personal id
     */
    public static Optional<PersonalId> of(String raw) {
        IdentifierCheck check = validate(raw);
        return check.valid() ? Optional.of(new PersonalId(check.canonical())) : Optional.empty();
    }

    /** Mã tỉnh nơi đăng ký khai sinh (province-of-birth code), e.g. {@code "075"} for Đồng Nai. */
    public String provinceCode() {
        return value.substring(0, 3);
    }

    /** Năm đầu thế kỷ sinh (first year of the birth century): 1900, 2000, 2100, 2200 or 2300. */
    public int birthCenturyStart() {
        return 1900 + 100 * (genderCenturyDigit() / 2);
    }

    /** Năm sinh (birth year): the century from G plus YY. */
    public int birthYear() {
        return birthCenturyStart() + Integer.parseInt(value.substring(4, 6));
    }

    /** Giới tính nữ (female): an odd G digit means female, an even one male. */
    public boolean female() {
        return genderCenturyDigit() % 2 == 1;
    }

    private int genderCenturyDigit() {
        return value.charAt(3) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
