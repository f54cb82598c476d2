package ocop.access.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loại đơn vị hành chính (unit types) and the word each full name starts with, e.g. {@code phuong} →
 * "Phường". Provinces are {@code tinh} or {@code thanh_pho}; commune-level units {@code xa}, {@code phuong} or
 * {@code dac_khu} (QĐ 19/2025/QĐ-TTg).
 */
final class UnitTypes {

    static final Map<String, String> PROVINCE = ordered("tinh", "Tỉnh", "thanh_pho", "Thành phố");
    static final Map<String, String> COMMUNE = ordered("xa", "Xã", "phuong", "Phường", "dac_khu", "Đặc khu");

    private UnitTypes() {
    }

    /** The province type its full name implies: {@code thanh_pho} for "Thành phố …", else {@code tinh}. */
    static String provinceType(String name) {
        return name.startsWith("Thành phố ") ? "thanh_pho" : "tinh";
    }

    /** Whether {@code name} starts with the type word of {@code type} followed by a non-empty name. */
    static boolean nameMatches(String name, String type) {
        String word = PROVINCE.getOrDefault(type, COMMUNE.get(type));
        return word != null && name.startsWith(word + " ") && name.length() > word.length() + 1;
    }

    static Optional<String> word(String type) {
        return Optional.ofNullable(PROVINCE.getOrDefault(type, COMMUNE.get(type)));
    }

    /**
     * A key that ignores where the tone mark sits in "oa/oe/uy" ("Hòa" = "Hoà", "Thủy" = "Thuỷ"), the one
     * spelling difference between the 2025 official list and later releases; everything else must match.
     */
    static String spellingKey(String name) {
        String s = name;
        String[][] pairs = {
                {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
                {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
                {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}};
        for (String[] p : pairs) {
            s = s.replace(p[0], p[1]);
        }
        return s;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
