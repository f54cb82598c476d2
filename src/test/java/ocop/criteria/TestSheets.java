package ocop.criteria;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.domain.SheetIndex;
import ocop.criteria.internal.BundledSheets;

/** Phiếu mẫu cho kiểm thử (test sheets): the bundled sheets, and a small hand-made sheet built from records. */
public final class TestSheets {

    private static BundledSheets bundled;

    private TestSheets() {
    }

    /** The 27 shipped sheets, loaded once. */
    public static synchronized BundledSheets bundled() {
        if (bundled == null) {
            bundled = new BundledSheets();
        }
        return bundled;
    }

    public static CriteriaSheet bundled(String code) {
        return bundled().sheets().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** Known leaves for the small sheet's classification. */
    public static final Map<String, Set<String>> LEAVES = Map.of("TEST-1", Set.of("X.1", "X.2"));

    public static SheetOption opt(String code, int points, Integer minStar) {
        return new SheetOption(code, "Phương án " + code, points, minStar, null);
    }

    public static SheetCriterion crit(String code, int max, SheetOption... options) {
        return new SheetCriterion(code, "Tiêu chí " + code, max, false, null, List.of(), List.of(),
                Arrays.asList(options), List.of());
    }

    public static SheetCriterion parent(String code, int max, SheetCriterion... subs) {
        return new SheetCriterion(code, "Tiêu chí " + code, max, false, null, List.of(), List.of(), List.of(),
                Arrays.asList(subs));
    }

    public static SheetSection section(String code, int max, SheetCriterion... criteria) {
        return new SheetSection(code, "Mục " + code, max, List.of(), List.of(), Arrays.asList(criteria));
    }

    public static SheetPart part(String code, int max, SheetSection... sections) {
        return new SheetPart(code, "Phần " + code, max, Arrays.asList(sections));
    }

    public static CriteriaSheet sheet(List<KnockOut> disqualifications, SheetPart... parts) {
        return new CriteriaSheet("TEST-01", 1, "Thử nghiệm", "Phiếu thử", null, LocalDate.of(2026, 1, 1), null,
                SheetStatus.OFFICIAL, false, new SheetSource("thử", null, null, null), "TEST-1", List.of("X.1"),
                null, disqualifications, List.of(), Arrays.asList(parts), List.of());
    }

    /**
     * A: 1.1 (a 0, b 10 ★3, c 20 ★5), 1.2 → 1.2.1 (a 0, b 10), 1.2.2 (a 5, b 10 ★4); knock-out 1.1-KO.
     * B: 2.1 (a 5, b 15, c 25 ★4). C: section 3 scored directly (a 0, b 20, c 35). Disqualification D1.
     */
    public static CriteriaSheet small() {
        SheetCriterion c11 = new SheetCriterion("1.1", "Nguồn gốc", 20, true, 1, List.of("Ghi chú: Bị loại nếu …"),
                List.of(new KnockOut("1.1-KO", "Ghi chú: Bị loại nếu …")),
                List.of(opt("a", 0, null), opt("b", 10, 3), opt("c", 20, 5)), List.of());
        return sheet(List.of(new KnockOut("D1", "Giả mạo hồ sơ")),
                part("A", 40, section("1", 40, c11,
                        parent("1.2", 20, crit("1.2.1", 10, opt("a", 0, null), opt("b", 10, null)),
                                crit("1.2.2", 10, opt("a", 5, null), opt("b", 10, 4))))),
                part("B", 25, section("2", 25, crit("2.1", 25, opt("a", 5, null), opt("b", 15, null),
                        opt("c", 25, 4)))),
                part("C", 35, section("3", 35, crit("3", 35, opt("a", 0, null), opt("b", 20, null),
                        opt("c", 35, null)))));
    }

    /** The highest-points option of every scorable item (the sheet's 100 points). */
    public static Map<String, String> best(CriteriaSheet sheet) {
        Map<String, String> answers = new HashMap<>();
        for (SheetIndex.Item item : SheetIndex.of(sheet).items()) {
            SheetOption top = item.criterion().options().get(0);
            for (SheetOption option : item.criterion().options()) {
                top = option.points() > top.points() ? option : top;
            }
            answers.put(item.code(), top.code());
        }
        return answers;
    }
}
