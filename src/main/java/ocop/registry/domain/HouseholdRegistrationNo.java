package ocop.registry.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import ocop.system.VietnameseText;

/**
 * Mã số hộ kinh doanh / mã số đăng ký hộ kinh doanh (household business registration number).
 *
 * <p>Several formats are in use, so the value is kept and nothing is rejected: an unrecognised value only raises a
 * warning. Recognised formats: a 10-digit MST or a 13-digit branch MST (with checksum, see {@link TaxCode}); the
 * owner's 12-digit personal id (used as tax code from 01/7/2025, see {@link PersonalId}); the legacy registration
 * code {@code ^\d{2}[A-Z]{1,2}\d{7}$}, e.g. {@code 32A8010625}.
 */
public final class HouseholdRegistrationNo {

    /** Dạng mã (format) a household registration number was recognised as. */
    public enum Format {
        /** Mã số thuế 10 chữ số (10-digit tax code). */
        MST,
        /** Mã số thuế đơn vị phụ thuộc 13 chữ số (branch tax code, 10-3). */
        MST_BRANCH,
        /** Số định danh cá nhân 12 chữ số của chủ hộ (owner's personal id). */
        PERSONAL_ID,
        /** Mã đăng ký hộ kinh doanh kiểu cũ (legacy registration code), e.g. {@code 32A8010625}. */
        LEGACY,
        /** Không nhận ra (unrecognised): kept as typed, with a warning. */
        UNRECOGNISED
    }

    /**
     * Kết quả kiểm tra mã số hộ kinh doanh (result of checking a household registration number).
     *
     * @param value      what to store: the canonical form when recognised, else the NFC-normalised input;
     *                   {@code null} when the input is blank
     * @param format     the recognised format
     * @param warningKey a message key when the value deserves a warning, otherwise {@code null}
     */
    public record Check(String value, Format format, String warningKey) {

        /** Có cảnh báo (warning): the value is kept but the user should double-check it. */
        public boolean warning() {
            return warningKey != null;
        }

        /** Đã nhập (present): whether there is a value to store. */
        public boolean present() {
            return value != null;
        }

        /** Thông báo cảnh báo tiếng Việt (Vietnamese warning message), or {@code null} without a warning. */
        public String message() {
            return IdentifierCheck.messageFor(warningKey);
        }
    }

    /** Khoảng trắng và dấu chấm được bỏ qua (ignored): dashes are kept to tell {@code 10-3} from 12 digits. */
    private static final Pattern SPACES_AND_DOTS = Pattern.compile("[\\s\\p{Z}.]+");

    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-?\\d{3})?");

    private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

    private static final Pattern LEGACY = Pattern.compile("\\d{2}[A-Z]{1,2}\\d{7}");

    private HouseholdRegistrationNo() {
    }

    /**
     * Kiểm tra mã số hộ kinh doanh (check a household registration number); never rejects.
     *
     * @param raw user input, may be {@code null}
     * @return the value to store, its format and an optional warning
     */
    public static Check validate(String raw) {
        String typed = VietnameseText.nfc(raw);
        if (typed == null || typed.isEmpty()) {
            return new Check(null, Format.UNRECOGNISED, "registry.household.required");
        }
        String compact = SPACES_AND_DOTS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        if (TAX_CODE.matcher(compact).matches()) {
            IdentifierCheck mst = TaxCode.validate(compact);
            if (!mst.valid()) {
                return new Check(typed, Format.UNRECOGNISED, mst.errorKey());
            }
            Format format = mst.canonical().length() > 10 ? Format.MST_BRANCH : Format.MST;
            return new Check(mst.canonical(), format, null);
        }
        if (PERSONAL_ID.matcher(compact).matches()) {
            IdentifierCheck id = PersonalId.validate(compact);
            return id.valid()
                    ? new Check(id.canonical(), Format.PERSONAL_ID, null)
                    : new Check(typed, Format.UNRECOGNISED, id.errorKey());
        }
        if (LEGACY.matcher(compact).matches()) {
            return new Check(compact, Format.LEGACY, null);
        }
        return new Check(typed, Format.UNRECOGNISED, "registry.household.unrecognised");
    }
}
