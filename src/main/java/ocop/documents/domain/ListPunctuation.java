package ocop.documents.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Punctuation of recipient lists (dấu câu của danh sách nơi nhận): each line "- …;", the last "- ….", whatever the
 * person typed at the ends (Nghị định 30/2020/NĐ-CP Phụ lục I mục II.9).
 */
public final class ListPunctuation {

    private ListPunctuation() {
    }

    public static List<String> dashed(List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add("- " + bare(items.get(i)) + (i == items.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** The item without a leading dash or trailing ";", "." or ",". */
    public static String bare(String item) {
        String s = item.strip();
        if (s.startsWith("- ") || s.startsWith("-")) {
            s = s.substring(1).strip();
        }
        while (!s.isEmpty() && ";.,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
