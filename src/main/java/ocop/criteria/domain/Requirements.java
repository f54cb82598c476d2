package ocop.criteria.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ocop.criteria.Evaluation.UnmetRequirement;
import ocop.criteria.SheetOption;
import ocop.criteria.domain.SheetIndex.Item;

/**
 * Yêu cầu tối thiểu (minimum requirements): an option marked k★ must be reached in its criterion for class k and
 * above. "Reached" means the ticked option gives more points, or as many and stands at or after it in the printed
 * order (options of another case, sheet 26, count on points alone). No answer reaches nothing.
 */
public final class Requirements {

    private Requirements() {
    }

    /** Whether the ticked option (null when unanswered) reaches the marked one. */
    public static boolean meets(Item item, SheetOption chosen, SheetOption marked) {
        if (chosen == null) {
            return false;
        }
        if (chosen.points() != marked.points()) {
            return chosen.points() > marked.points();
        }
        return !Objects.equals(chosen.variant(), marked.variant()) || item.position(chosen) >= item.position(marked);
    }

    /** Whether the option meets every mark of this item for class {@code stars} and below. */
    public static boolean meetsAll(Item item, SheetOption chosen, int stars) {
        for (SheetOption marked : item.criterion().options()) {
            if (marked.minStar() != null && marked.minStar() <= stars && !meets(item, chosen, marked)) {
                return false;
            }
        }
        return true;
    }

    /** Every unmet mark, item by item in sheet order, then in printed order (marks never decrease along it). */
    public static List<UnmetRequirement> unmet(SheetIndex index, Map<String, SheetOption> chosen) {
        List<UnmetRequirement> unmet = new ArrayList<>();
        for (Item item : index.items()) {
            SheetOption option = chosen.get(item.code());
            for (SheetOption marked : item.criterion().options()) {
                if (marked.minStar() != null && !meets(item, option, marked)) {
                    unmet.add(new UnmetRequirement(item.code(), marked.minStar(), marked.code(), marked.label(),
                            option == null ? null : option.code()));
                }
            }
        }
        return unmet;
    }

    /** The lowest class among unmet requirements, or {@code Integer.MAX_VALUE} when every mark is met. */
    public static int lowestUnmet(SheetIndex index, Map<String, SheetOption> chosen) {
        int lowest = Integer.MAX_VALUE;
        for (Item item : index.items()) {
            SheetOption option = chosen.get(item.code());
            for (SheetOption marked : item.criterion().options()) {
                if (marked.minStar() != null && marked.minStar() < lowest && !meets(item, option, marked)) {
                    lowest = marked.minStar();
                }
            }
        }
        return lowest;
    }
}
