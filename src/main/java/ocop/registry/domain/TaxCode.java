package ocop.registry.domain;

import java.util.Optional;

/**
 * Mã số doanh nghiệp / mã số thuế (MST): 10 digits {@code PPNNNNNNNC}, or 13 digits for a branch or dependent unit
 * (đơn vị phụ thuộc), canonically written {@code 0100109106-001}.
 *
 * <p>PP is the province prefix (≠ 00), NNNNNNN the sequence (≠ 0000000) and C the check digit: with weights
 * (31, 29, 23, 19, 17, 13, 7, 5, 3) on digits 1–9, {@code C = 10 − (Σ mod 11)}; a result of 10 is never valid.
 * The branch suffix runs 001–999. Spaces, dots and dashes are stripped before checking.
 *
 * @param value the canonical form: 10 digits, or 10 digits, a dash and 3 digits
 */
public record TaxCode(String value) {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** Tạo từ chuỗi (from text); throws {@link IllegalArgumentException} when the text is not a valid MST. */
    public TaxCode {
        value = IdentifierCheck.canonicalOrThrow(validate(value));
    }

    /**
     * Kiểm tra mã số thuế (check an MST).
     *
     * @param raw user input, may be {@code null}
     * @return the check; its canonical value is {@code PPNNNNNNNC} or {@code PPNNNNNNNC-BBB}
     */
    public static IdentifierCheck validate(String raw) {
        String digits = IdentifierCheck.stripSeparators(raw);
        IdentifierCheck problem = IdentifierCheck.digitsProblem(digits, "registry.taxCode");
        if (problem != null) {
            return problem;
        }
        if (digits.length() != 10 && digits.length() != 13) {
            return IdentifierCheck.error("registry.taxCode.length");
        }
        if (digits.startsWith("00")) {
            return IdentifierCheck.error("registry.taxCode.province");
        }
        if (digits.startsWith("0000000", 2)) {
            return IdentifierCheck.error("registry.taxCode.sequence");
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            return IdentifierCheck.error("registry.taxCode.checksum");
        }
        if (digits.length() == 10) {
            return IdentifierCheck.ok(digits);
        }
        String branch = digits.substring(10);
        if (branch.equals("000")) {
            return IdentifierCheck.error("registry.taxCode.branch");
        }
        return IdentifierCheck.ok(digits.substring(0, 10) + "-" + branch);
    }

    /**
     * Đọc mã số thuế (parse an MST).
     *
     * @param raw user input, may be {@code null}
     * @return the tax code, or empty when the input is not a valid MST
     */
    public static Optional<TaxCode> of(String raw) {
        IdentifierCheck check = validate(raw);
        return check.valid() ? Optional.of(new TaxCode(check.canonical())) : Optional.empty();
    }

    /** Mã của đơn vị phụ thuộc (branch code): whether this is a 13-digit code. */
    public boolean branch() {
        return value.length() > 10;
    }

    /** Mã số thuế của đơn vị chủ quản (head-office code): the first 10 digits. */
    public String headOffice() {
        return value.substring(0, 10);
    }

    /** Chữ số kiểm tra (check digit) for the first nine digits; 10 means no digit can be valid. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return 10 - (sum % 11);
    }

    @Override
    public String toString() {
        return value;
    }
}
