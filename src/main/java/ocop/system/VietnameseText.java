package ocop.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Xử lý chữ tiếng Việt (Vietnamese text handling): normalising user input for storage and folding it for search.
 *
 * <p>Pure Java, stateless and thread-safe. Every method is null-safe: {@code null} in, {@code null} out.
 */
public final class VietnameseText {

    /** Any run of whitespace, including no-break and other Unicode separators. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** Combining marks (dấu thanh, dấu mũ…) left over after NFD decomposition. */
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");

    private VietnameseText() {
    }

    /**
     * Chuẩn hoá để lưu (normalise for storage): NFC-normalise, collapse every run of whitespace to one space and
     * trim. A blank input gives the empty string.
     *
     * @param text raw text, may be {@code null}
     * @return the normalised text, or {@code null} when {@code text} is {@code null}
     */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip();
    }

    /**
     * Chuỗi tìm kiếm không dấu (search key without diacritics): lower-case, strip all combining diacritics, map
     * {@code đ}/{@code Đ} to {@code d} and collapse whitespace. {@code "ĐỖ QUANG KHÔI"} becomes
     * {@code "do quang khoi"}.
     *
     * @param text raw text, may be {@code null}
     * @return the folded text, or {@code null} when {@code text} is {@code null}
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
        return WHITESPACE.matcher(stripped).replaceAll(" ").strip();
    }

    /**
     * Chỉ giữ chữ số (digits only): drop every character that is not an ASCII digit, e.g. for identifiers typed
     * with spaces, dots or dashes.
     *
     * @param text raw text, may be {@code null}
     * @return the ASCII digits of {@code text} in order, or {@code null} when {@code text} is {@code null}
     */
    public static String digitsOnly(String text) {
        if (text == null) {
            return null;
        }
        return NON_DIGITS.matcher(text).replaceAll("");
    }
}
