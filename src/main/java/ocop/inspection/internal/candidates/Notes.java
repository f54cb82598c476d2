package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Pieces of the Vietnamese notes of list rows: days as dd/MM/yyyy, long texts cut at a word. */
final class Notes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Notes() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The text whole when it has at most {@code max} characters, else cut at the last space before and "…" added. */
    static String shorten(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
