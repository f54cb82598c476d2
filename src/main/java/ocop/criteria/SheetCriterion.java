package ocop.criteria;

import java.util.List;

/**
 * Tiêu chí (criterion), or tiêu chí con (sub-criterion) when nested. A criterion without sub-criteria, or a
 * sub-criterion, is a scorable item: the evaluator ticks one of its options.
 *
 * @param code         e.g. {@code 1.1}, {@code 6.1.2}, or the section's code when the section is scored directly
 * @param name         the heading's first paragraph
 * @param max          the highest points; for a parent, the sum of its sub-criteria
 * @param wardAssessed true when the ward comments on it under Điều 7.2.a (Mẫu 03, mục II)
 * @param wardItem     the Mẫu 03 item 1–4 when {@code wardAssessed}, otherwise null
 * @param notes        the decision's notes printed under the criterion, verbatim (knock-out notes included)
 * @param knockOuts    the knock-out rules among those notes
 * @param options      the tick boxes (empty for a parent of sub-criteria)
 * @param subCriteria  the sub-criteria (empty for a scorable criterion)
 */
public record SheetCriterion(String code, String name, int max, boolean wardAssessed, Integer wardItem,
        List<String> notes, List<KnockOut> knockOuts, List<SheetOption> options, List<SheetCriterion> subCriteria) {

    /** True when the evaluator ticks an option of this criterion itself (it has no sub-criteria). */
    public boolean scorable() {
        return subCriteria == null || subCriteria.isEmpty();
    }
}
