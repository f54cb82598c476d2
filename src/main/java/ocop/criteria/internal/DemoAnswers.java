package ocop.criteria.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetOption;
import ocop.criteria.domain.Requirements;
import ocop.criteria.domain.SheetIndex;
import ocop.criteria.domain.SheetIndex.Item;

/**
 * Câu trả lời minh họa (answers for a demo self-assessment): every scorable item answered so that the total is exactly
 * {@code total} and every minimum requirement of class {@code keep} and below is met — except, when {@code missThree},
 * one item (the first that can) ticked below its 3★ mark. Exact search over (item, points); on each item the option
 * nearest the item's share of the total is tried first, so the answers look like a real producer's.
 */
final class DemoAnswers {

    private DemoAnswers() {
    }

    static Optional<Map<String, String>> of(CriteriaSheet sheet, int total, int keep, boolean missThree) {
        List<Item> items = SheetIndex.of(sheet).items();
        String missed = missThree ? items.stream().filter(i -> !allowed(i, 3, true).isEmpty()).map(Item::code)
                .findFirst().orElse(null) : null;
        if (missThree && missed == null) {
            return Optional.empty();
        }
        List<List<SheetOption>> choices = new ArrayList<>();
        for (Item item : items) {
            choices.add(item.code().equals(missed) ? allowed(item, 3, true) : allowed(item, keep, false));
        }
        int n = items.size();
        boolean[][] reachable = new boolean[n + 1][total + 1];
        reachable[n][0] = true;
        for (int i = n - 1; i >= 0; i--) {
            for (int s = 0; s <= total; s++) {
                for (SheetOption o : choices.get(i)) {
                    if (o.points() <= s && reachable[i + 1][s - o.points()]) {
                        reachable[i][s] = true;
                        break;
                    }
                }
            }
        }
        if (!reachable[0][total]) {
            return Optional.empty();
        }
        Map<String, String> answers = new LinkedHashMap<>();
        int left = total;
        for (int i = 0; i < n; i++) {
            double share = choices.get(i).stream().mapToInt(SheetOption::points).max().orElse(0) * total / 100.0;
            List<SheetOption> byShare = new ArrayList<>(choices.get(i));
            byShare.sort(Comparator.comparingDouble(o -> Math.abs(o.points() - share)));
            for (SheetOption o : byShare) {
                if (o.points() <= left && reachable[i + 1][left - o.points()]) {
                    answers.put(items.get(i).code(), o.code());
                    left -= o.points();
                    break;
                }
            }
        }
        return Optional.of(answers);
    }

    /** The item's options meeting every mark of class {@code stars} and below, or (missing) those that do not. */
    private static List<SheetOption> allowed(Item item, int stars, boolean missing) {
        return item.criterion().options().stream()
                .filter(o -> Requirements.meetsAll(item, o, stars) != missing).toList();
    }
}
