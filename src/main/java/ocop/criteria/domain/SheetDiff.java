package ocop.criteria.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;

/**
 * Thay đổi giữa hai phiên bản (what an import changes): the sheet's own fields, parts and sections that differ, and
 * the criteria and sub-criteria added, removed or changed (name, max, ward flag, notes, knock-outs or options),
 * compared by code. The version number itself is not a change.
 *
 * @param sheetChanges the sheet fields, parts and sections that differ, in Vietnamese
 * @param added        criterion codes only in the new sheet
 * @param removed      criterion codes only in the old sheet
 * @param changed      criterion codes in both that differ
 */
public record SheetDiff(List<String> sheetChanges, List<String> added, List<String> removed, List<String> changed) {

    /** A brand-new sheet: every criterion is added. */
    public static SheetDiff of(CriteriaSheet sheet) {
        return new SheetDiff(List.of(), List.copyOf(criteria(sheet).keySet()), List.of(), List.of());
    }

    public static SheetDiff between(CriteriaSheet before, CriteriaSheet after) {
        List<String> sheet = new ArrayList<>();
        field(sheet, "mã quyết định", before.decision(), after.decision());
        field(sheet, "tên", before.name(), after.name());
        field(sheet, "dòng tiêu đề", before.header(), after.header());
        field(sheet, "hiệu lực từ", before.effectiveFrom(), after.effectiveFrom());
        field(sheet, "hiệu lực đến", before.effectiveUntil(), after.effectiveUntil());
        field(sheet, "tình trạng", before.status(), after.status());
        field(sheet, "đã đối chiếu văn bản ký", before.checkedAgainstSignedText(), after.checkedAgainstSignedText());
        field(sheet, "nguồn", before.source(), after.source());
        field(sheet, "phiên bản phân loại", before.classificationVersion(), after.classificationVersion());
        field(sheet, "nhóm áp dụng", before.appliesTo(), after.appliesTo());
        field(sheet, "điều kiện loại hồ sơ", before.disqualifiedWhen(), after.disqualifiedWhen());
        field(sheet, "các điều kiện loại", before.disqualifications(), after.disqualifications());
        field(sheet, "ghi chú", before.notes(), after.notes());
        field(sheet, "đính chính", before.corrections(), after.corrections());
        parts(sheet, before, after);
        Map<String, SheetCriterion> old = criteria(before);
        Map<String, SheetCriterion> now = criteria(after);
        List<String> added = now.keySet().stream().filter(c -> !old.containsKey(c)).toList();
        List<String> removed = old.keySet().stream().filter(c -> !now.containsKey(c)).toList();
        List<String> changed = now.keySet().stream()
                .filter(c -> old.containsKey(c) && !same(old.get(c), now.get(c))).toList();
        return new SheetDiff(List.copyOf(sheet), added, removed, changed);
    }

    /** Criteria and sub-criteria added, removed or changed. */
    public int criteriaChanged() {
        return added.size() + removed.size() + changed.size();
    }

    public boolean isEmpty() {
        return sheetChanges.isEmpty() && criteriaChanged() == 0;
    }

    private static void parts(List<String> out, CriteriaSheet before, CriteriaSheet after) {
        Map<String, SheetPart> old = new LinkedHashMap<>();
        before.parts().forEach(p -> old.put(p.code(), p));
        Map<String, SheetSection> oldSections = new LinkedHashMap<>();
        before.parts().forEach(p -> p.sections().forEach(s -> oldSections.put(s.code(), s)));
        for (SheetPart part : after.parts()) {
            SheetPart was = old.get(part.code());
            if (was == null || !part.name().equals(was.name()) || part.max() != was.max()) {
                out.add("phần " + part.code());
            }
            for (SheetSection section : part.sections()) {
                SheetSection s = oldSections.get(section.code());
                if (s == null || !section.name().equals(s.name()) || section.max() != s.max()
                        || !section.notes().equals(s.notes()) || !section.knockOuts().equals(s.knockOuts())) {
                    out.add("mục " + section.code());
                }
            }
        }
    }

    private static void field(List<String> out, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(label);
        }
    }

    /** Same own fields (sub-criteria are compared on their own codes). */
    private static boolean same(SheetCriterion a, SheetCriterion b) {
        return a.name().equals(b.name()) && a.max() == b.max() && a.wardAssessed() == b.wardAssessed()
                && Objects.equals(a.wardItem(), b.wardItem()) && a.notes().equals(b.notes())
                && a.knockOuts().equals(b.knockOuts()) && a.options().equals(b.options());
    }

    private static Map<String, SheetCriterion> criteria(CriteriaSheet sheet) {
        Map<String, SheetCriterion> all = new LinkedHashMap<>();
        for (SheetPart part : sheet.parts()) {
            for (SheetSection section : part.sections()) {
                section.criteria().forEach(c -> add(all, c));
            }
        }
        return all;
    }

    private static void add(Map<String, SheetCriterion> all, SheetCriterion criterion) {
        all.putIfAbsent(criterion.code(), criterion);
        criterion.subCriteria().forEach(sub -> add(all, sub));
    }
}
