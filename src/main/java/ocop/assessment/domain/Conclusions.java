package ocop.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ward's conclusions on an item (kết luận của UBND phường): a configurable set, by default Đạt / Chưa đạt /
 * Có ý kiến khác. The ward comments and concludes; it does not score (Điều 7.2.a). Read from
 * {@code ocop.assessment.conclusions} as {@code CODE:Label} pairs separated by commas.
 */
public record Conclusions(List<Option> options) {

    /** One conclusion: a stable code (stored, and sent by the API) and its Vietnamese label (printed). */
    public record Option(String code, String label) {
    }

    public static final String DEFAULT = "DAT:Đạt,CHUA_DAT:Chưa đạt,Y_KIEN_KHAC:Có ý kiến khác";

    public Conclusions {
        if (options == null || options.isEmpty()) {
            throw new IllegalArgumentException("at least one conclusion");
        }
        options = List.copyOf(options);
    }

    /** Reads {@code CODE:Label,CODE:Label}. */
    public static Conclusions parse(String text) {
        List<Option> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            if (colon <= 0 || colon == p.length() - 1) {
                throw new IllegalArgumentException("conclusion '" + p + "' is not CODE:Label");
            }
            out.add(new Option(p.substring(0, colon).strip(), p.substring(colon + 1).strip()));
        }
        return new Conclusions(out);
    }

    public static Conclusions defaults() {
        return parse(DEFAULT);
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    public Optional<Option> find(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The label of a code, the code itself when unknown (an old value after the set changed), "" for none. */
    public String label(String code) {
        if (code == null) {
            return "";
        }
        return find(code).map(Option::label).orElse(code);
    }
}
