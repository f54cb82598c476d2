package ocop.criteria.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.criteria.Evaluation.NextStar;
import ocop.criteria.Evaluation.Suggestion;
import ocop.criteria.SheetOption;
import ocop.criteria.domain.SheetIndex.Item;

/**
 * Khoảng cách tới hạng sao tiếp theo (gap to the next class): the smallest set of option upgrades that reaches the
 * next band and meets its minimum requirements. Deterministic: fewest changes, then fewest points above the
 * threshold, then the earliest items; on one item, the option with fewest points (then printed order).
 * Exact dynamic programming over (item, points gained); a sheet has at most 100 points.
 */
public final class GapFinder {

    private static final int NONE = Integer.MAX_VALUE / 2;

    private final MinimumRequirementPolicy policy;

    public GapFinder(MinimumRequirementPolicy policy) {
        this.policy = policy;
    }

    private record Move(SheetOption option, int gain) {
    }

    /**
     * @param stars the class now: the target is the next one (or, when not classed under the strict policy, the band)
     * @return null when already 5★
     */
    public NextStar find(SheetIndex index, Map<String, SheetOption> chosen, int stars, int band, int total) {
        int target = stars == 0 ? Math.max(band, StarBands.CERTIFIABLE_FROM) : stars + 1;
        return target > StarBands.TOP ? null : toClass(index, chosen, target, total);
    }

    /**
     * The smallest set of upgrades to class {@code target} (2–5) whatever the answers reach now — e.g. the class above
     * a product's certificate when its self-assessment rates it lower (nâng hạng).
     */
    public NextStar toClass(SheetIndex index, Map<String, SheetOption> chosen, int target, int total) {
        if (target < 2 || target > StarBands.TOP) {
            throw new IllegalArgumentException("Hạng mục tiêu phải từ 2 đến 5: " + target);
        }
        int threshold = StarBands.band(target).min().intValueExact();
        int deficit = Math.max(0, threshold - total);
        List<Item> items = index.items();
        int n = items.size();
        boolean[] forced = new boolean[n];
        List<List<Move>> moves = new ArrayList<>();
        int reach = 0;
        for (Item item : items) {
            SheetOption now = chosen.get(item.code());
            int points = now == null ? 0 : now.points();
            forced[item.order()] = !Requirements.meetsAll(item, now, target);
            List<Move> list = new ArrayList<>();
            for (SheetOption option : item.criterion().options()) {
                int gain = option.points() - points;
                if (option != now && gain >= 0 && (gain > 0 || forced[item.order()])
                        && Requirements.meetsAll(item, option, target)) {
                    list.add(new Move(option, gain));
                }
            }
            list.sort((a, b) -> a.gain() != b.gain() ? Integer.compare(a.gain(), b.gain())
                    : Integer.compare(item.position(a.option()), item.position(b.option())));
            moves.add(list);
            reach += list.stream().mapToInt(Move::gain).max().orElse(0);
        }
        int[][] fewest = fewestChanges(n, reach, forced, moves);
        for (int changes = 0; changes <= n; changes++) {
            for (int gain = deficit; gain <= reach; gain++) {
                if (fewest[0][gain] != changes) {
                    continue;
                }
                List<Suggestion> plan = rebuild(items, chosen, forced, moves, fewest, changes, gain);
                Map<String, SheetOption> after = apply(index, chosen, plan);
                int totalAfter = total + gain;
                int starsAfter = policy.stars(StarBands.starsFor(totalAfter), Requirements.lowestUnmet(index, after));
                if (starsAfter >= target) {
                    return new NextStar(target, threshold, deficit, totalAfter, plan,
                            rationale(target, threshold, total, totalAfter, plan));
                }
            }
        }
        return new NextStar(target, threshold, deficit, total, List.of(), "Không có cách nâng phương án nào đạt "
                + target + "★ trên bộ tiêu chí này.");
    }

    /** fewest[i][g]: fewest changes among items i.. that gain exactly g points, forced items changed. */
    private static int[][] fewestChanges(int n, int reach, boolean[] forced, List<List<Move>> moves) {
        int[][] fewest = new int[n + 1][reach + 1];
        for (int[] row : fewest) {
            Arrays.fill(row, NONE);
        }
        fewest[n][0] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int g = 0; g <= reach; g++) {
                int best = forced[i] ? NONE : fewest[i + 1][g];
                for (Move move : moves.get(i)) {
                    if (move.gain() <= g && fewest[i + 1][g - move.gain()] < NONE) {
                        best = Math.min(best, 1 + fewest[i + 1][g - move.gain()]);
                    }
                }
                fewest[i][g] = best;
            }
        }
        return fewest;
    }

    /** The plan with exactly these changes and gain, taking the earliest items first. */
    private static List<Suggestion> rebuild(List<Item> items, Map<String, SheetOption> chosen, boolean[] forced,
            List<List<Move>> moves, int[][] fewest, int changes, int gain) {
        List<Suggestion> plan = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Move taken = null;
            for (Move move : moves.get(i)) {
                if (changes > 0 && move.gain() <= gain && fewest[i + 1][gain - move.gain()] == changes - 1) {
                    taken = move;
                    break;
                }
            }
            if (taken != null) {
                SheetOption now = chosen.get(items.get(i).code());
                plan.add(new Suggestion(items.get(i).code(), now == null ? null : now.code(), taken.option().code(),
                        taken.option().label(), taken.gain(), forced[i]));
                changes--;
                gain -= taken.gain();
            }
        }
        return plan;
    }

    private static Map<String, SheetOption> apply(SheetIndex index, Map<String, SheetOption> chosen,
            List<Suggestion> plan) {
        Map<String, SheetOption> after = new HashMap<>(chosen);
        plan.forEach(s -> after.put(s.item(), index.item(s.item()).option(s.toOption())));
        return after;
    }

    private static String rationale(int target, int threshold, int total, int totalAfter, List<Suggestion> plan) {
        List<String> forced = plan.stream().filter(Suggestion::requiredByMinimum).map(Suggestion::item).toList();
        StringBuilder text = new StringBuilder();
        text.append(plan.size()).append(" thay đổi là ít nhất để đạt ").append(target).append("★");
        if (!forced.isEmpty()) {
            text.append(", trong đó ").append(forced.size()).append(" bắt buộc vì yêu cầu tối thiểu ")
                    .append(target).append("★ (").append(String.join(", ", forced)).append(")");
        }
        text.append("; tổng điểm ").append(total).append(" → ").append(totalAfter).append(" (ngưỡng ")
                .append(threshold).append(", vượt ").append(Math.max(0, totalAfter - threshold))
                .append(" điểm, mức vượt nhỏ nhất với chừng ấy thay đổi)");
        text.append(". Khi nhiều phương án ngang nhau, chọn tiêu chí đứng trước và phương án ít điểm hơn.");
        return text.toString();
    }
}

