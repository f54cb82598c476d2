package ocop.documents.domain;

import java.util.regex.Pattern;

/**
 * Labels of headings by depth (đánh số đề mục): "I.", "II." for parts; "1.", "2." for items; "a)", "b)", … "đ)"…
 * for points, in the Vietnamese order of letters used by legal drafting (a, b, c, d, đ, e, g, h, i, k, …).
 */
public final class SectionNumbering {

    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t", "u", "v", "x", "y"};
    private static final Pattern LABELLED = Pattern.compile("^([IVXLC]+\\.|\\d+(\\.\\d+)*\\.|[a-zđ]\\))\\s.*");

    private SectionNumbering() {
    }

    /** The label of the {@code n}-th (from 1) heading at {@code depth} (1 to 3). */
    public static String label(int depth, int n) {
        return switch (depth) {
            case 1 -> roman(n) + ".";
            case 2 -> n + ".";
            default -> (n <= LETTERS.length ? LETTERS[n - 1] : "z" + n) + ")";
        };
    }

    /** Whether the person already numbered the heading ("II. Nhiệm vụ", "3. …", "b) …"). */
    public static boolean alreadyLabelled(String heading) {
        return LABELLED.matcher(heading).matches();
    }

    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
