package ocop.criteria.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.KnockOut;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;

/**
 * Kiểm tra bộ tiêu chí (sheet validation), on load and on import. Lists every error, not the first: the header
 * fields, the known sub-groups, parts A 40 / B 25 / C 35 and a total of 100, sums at every level, unique codes at
 * every level (items and knock-out codes across the whole sheet), and the criteria rules of {@link CriterionRules}.
 */
public final class SheetValidator {

    private static final List<String> PART_CODES = List.of("A", "B", "C");
    private static final List<Integer> PART_MAX = List.of(40, 25, 35);
    private static final int TOTAL = 100;

    private SheetValidator() {
    }

    /**
     * @param knownLeaves classification version → the leaf codes it defines (e.g. {@code QD26-2026} → {@code I.3.d})
     * @throws CriteriaException {@code INVALID_SHEET} with every error
     */
    public static void check(CriteriaSheet sheet, Map<String, Set<String>> knownLeaves) {
        List<String> errors = validate(sheet, knownLeaves);
        if (!errors.isEmpty()) {
            throw CriteriaException.invalidSheet(sheet == null ? "?" : String.valueOf(sheet.code()), errors);
        }
    }

    /** Every error of the sheet, in sheet order; empty when it is valid. */
    public static List<String> validate(CriteriaSheet sheet, Map<String, Set<String>> knownLeaves) {
        List<String> errors = new ArrayList<>();
        if (sheet == null) {
            errors.add("Không có bộ tiêu chí");
            return errors;
        }
        String at = CriterionRules.blank(sheet.code()) ? "?" : sheet.code();
        header(sheet, at, errors);
        appliesTo(sheet, at, knownLeaves, errors);
        Set<String> knockOutCodes = new HashSet<>();
        CriterionRules rules = new CriterionRules(errors, knockOutCodes);
        for (KnockOut condition : CriterionRules.list(sheet.disqualifications(), at + ": disqualifications", errors)) {
            rules.knockOut(at + ": disqualifications", condition);
        }
        List<SheetPart> parts = CriterionRules.list(sheet.parts(), at + ": parts", errors);
        List<String> codes = parts.stream().map(SheetPart::code).toList();
        if (!codes.equals(PART_CODES)) {
            errors.add(at + ": phải có đúng 3 phần A, B, C theo thứ tự, đang có " + codes);
        }
        Set<String> sectionCodes = new HashSet<>();
        int total = 0;
        for (int i = 0; i < parts.size(); i++) {
            SheetPart part = parts.get(i);
            String where = at + " / " + part.code();
            rules.named(where, part.name());
            int expected = i < PART_MAX.size() && PART_CODES.get(i).equals(part.code()) ? PART_MAX.get(i) : -1;
            if (expected >= 0 && part.max() != expected) {
                errors.add(where + ": điểm tối đa của phần " + part.code() + " phải là " + expected + ", đang là "
                        + part.max());
            }
            int sum = 0;
            for (SheetSection section : CriterionRules.list(part.sections(), where + ": sections", errors)) {
                sum += section.max();
                if (!sectionCodes.add(String.valueOf(section.code()))) {
                    errors.add(where + ": trùng mã mục " + section.code());
                }
                rules.section(where + " / " + section.code(), section);
            }
            if (sum != part.max()) {
                errors.add(where + ": tổng điểm các mục là " + sum + ", khác điểm tối đa của phần " + part.max());
            }
            total += part.max();
        }
        if (total != TOTAL) {
            errors.add(at + ": tổng điểm tối đa của phiếu là " + total + ", phải là " + TOTAL);
        }
        return errors;
    }

    private static void header(CriteriaSheet sheet, String at, List<String> errors) {
        if (CriterionRules.blank(sheet.code())) {
            errors.add(at + ": thiếu mã bộ tiêu chí (code)");
        }
        if (sheet.version() < 1) {
            errors.add(at + ": phiên bản (version) phải từ 1, đang là " + sheet.version());
        }
        if (CriterionRules.blank(sheet.decision())) {
            errors.add(at + ": thiếu quyết định (decision)");
        }
        if (CriterionRules.blank(sheet.name())) {
            errors.add(at + ": thiếu tên bộ tiêu chí (name)");
        }
        if (sheet.status() == null) {
            errors.add(at + ": thiếu tình trạng (status: OFFICIAL, HISTORICAL hoặc DRAFT)");
        }
        if (sheet.effectiveFrom() == null) {
            errors.add(at + ": thiếu ngày hiệu lực (effectiveFrom)");
        } else if (sheet.effectiveUntil() != null && sheet.effectiveUntil().isBefore(sheet.effectiveFrom())) {
            errors.add(at + ": effectiveUntil " + sheet.effectiveUntil() + " trước effectiveFrom "
                    + sheet.effectiveFrom());
        }
    }

    private static void appliesTo(CriteriaSheet sheet, String at, Map<String, Set<String>> knownLeaves,
            List<String> errors) {
        Set<String> leaves = knownLeaves == null || sheet.classificationVersion() == null ? null
                : knownLeaves.get(sheet.classificationVersion());
        if (leaves == null) {
            errors.add(at + ": phiên bản phân loại không biết (classificationVersion): "
                    + sheet.classificationVersion());
        }
        List<String> appliesTo = CriterionRules.list(sheet.appliesTo(), at + ": appliesTo", errors);
        if (sheet.appliesTo() != null && appliesTo.isEmpty()) {
            errors.add(at + ": appliesTo phải có ít nhất một phân nhóm");
        }
        Set<String> seen = new HashSet<>();
        for (String leaf : appliesTo) {
            if (!seen.add(leaf)) {
                errors.add(at + ": appliesTo lặp phân nhóm " + leaf);
            } else if (leaves != null && !leaves.contains(leaf)) {
                errors.add(at + ": phân nhóm không có trong phân loại " + sheet.classificationVersion() + ": "
                        + leaf);
            }
        }
    }
}
