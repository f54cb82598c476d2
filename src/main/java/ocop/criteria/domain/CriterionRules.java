package ocop.criteria.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ocop.criteria.KnockOut;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetSection;

/**
 * Quy tắc cho mục, tiêu chí và phương án (rules below the part): section = sum of its criteria; a criterion has
 * options or sub-criteria, not both; a parent's max is the sum of its sub-criteria; a scorable criterion's max is
 * its highest option (in each case), no option above it; minStar 3–5 or null, never decreasing along the options;
 * wardItem 1–4 exactly when wardAssessed; unique codes; non-blank names, labels and knock-out texts.
 */
final class CriterionRules {

    private final List<String> errors;
    private final Set<String> knockOutCodes;
    private final Set<String> criterionCodes = new HashSet<>();

    CriterionRules(List<String> errors, Set<String> knockOutCodes) {
        this.errors = errors;
        this.knockOutCodes = knockOutCodes;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static <T> List<T> list(List<T> list, String where, List<String> errors) {
        if (list == null) {
            errors.add(where + ": thiếu danh sách");
            return List.of();
        }
        return list.stream().filter(Objects::nonNull).toList();
    }

    void named(String where, String name) {
        if (blank(name)) {
            errors.add(where + ": thiếu tên");
        }
    }

    void knockOut(String where, KnockOut knockOut) {
        if (blank(knockOut.code()) || blank(knockOut.text())) {
            errors.add(where + ": điều kiện loại thiếu mã hoặc nội dung");
        } else if (!knockOutCodes.add(knockOut.code())) {
            errors.add(where + ": trùng mã điều kiện loại " + knockOut.code());
        }
    }

    void section(String where, SheetSection section) {
        named(where, section.name());
        list(section.notes(), where + ": notes", errors);
        list(section.knockOuts(), where + ": knockOuts", errors).forEach(k -> knockOut(where, k));
        int sum = 0;
        for (SheetCriterion criterion : list(section.criteria(), where + ": criteria", errors)) {
            sum += criterion.max();
            criterion(where + " / " + criterion.code(), criterion);
        }
        if (sum != section.max()) {
            errors.add(where + ": tổng điểm các tiêu chí là " + sum + ", khác điểm tối đa của mục " + section.max());
        }
    }

    private void criterion(String where, SheetCriterion criterion) {
        if (blank(criterion.code())) {
            errors.add(where + ": tiêu chí thiếu mã");
        } else if (!criterionCodes.add(criterion.code())) {
            errors.add(where + ": trùng mã tiêu chí " + criterion.code());
        }
        named(where, criterion.name());
        if (criterion.wardAssessed() != (criterion.wardItem() != null)
                || criterion.wardItem() != null && (criterion.wardItem() < 1 || criterion.wardItem() > 4)) {
            errors.add(where + ": wardItem phải từ 1 đến 4 khi và chỉ khi wardAssessed, đang là "
                    + criterion.wardAssessed() + "/" + criterion.wardItem());
        }
        list(criterion.notes(), where + ": notes", errors);
        list(criterion.knockOuts(), where + ": knockOuts", errors).forEach(k -> knockOut(where, k));
        List<SheetOption> options = list(criterion.options(), where + ": options", errors);
        List<SheetCriterion> subs = list(criterion.subCriteria(), where + ": subCriteria", errors);
        if (options.isEmpty() == subs.isEmpty()) {
            errors.add(where + ": tiêu chí phải có hoặc phương án, hoặc tiêu chí con (không cả hai, không thiếu cả hai)");
        }
        if (!subs.isEmpty()) {
            int sum = 0;
            for (SheetCriterion sub : subs) {
                sum += sub.max();
                criterion(where + " / " + sub.code(), sub);
            }
            if (sum != criterion.max()) {
                errors.add(where + ": tổng điểm các tiêu chí con là " + sum + ", khác điểm tối đa " + criterion.max());
            }
        }
        if (!options.isEmpty()) {
            options(where, criterion.max(), options);
        }
    }

    private void options(String where, int max, List<SheetOption> options) {
        Set<String> codes = new HashSet<>();
        Map<String, Integer> highest = new LinkedHashMap<>();
        Map<String, Integer> lastMark = new HashMap<>();
        for (SheetOption option : options) {
            String at = where + " / " + option.code();
            if (blank(option.code())) {
                errors.add(where + ": phương án thiếu mã");
            } else if (!codes.add(option.code())) {
                errors.add(where + ": trùng mã phương án " + option.code());
            }
            if (blank(option.label())) {
                errors.add(at + ": phương án thiếu nội dung (label)");
            }
            if (option.points() < 0 || option.points() > max) {
                errors.add(at + ": điểm " + option.points() + " ngoài khoảng 0–" + max);
            }
            String variant = String.valueOf(option.variant());
            highest.merge(variant, option.points(), Math::max);
            Integer star = option.minStar();
            if (star != null && (star < 3 || star > 5)) {
                errors.add(at + ": minStar phải là 3, 4, 5 hoặc null, đang là " + star);
            } else if (star != null) {
                Integer previous = lastMark.put(variant, star);
                if (previous != null && star < previous) {
                    errors.add(at + ": minStar " + star + " nhỏ hơn dấu sao " + previous + " của phương án trước");
                }
            }
        }
        highest.forEach((variant, points) -> {
            if (points != max) {
                errors.add(where + ": phương án cao nhất" + ("null".equals(variant) ? "" : " (" + variant + ")")
                        + " được " + points + " điểm, khác điểm tối đa " + max);
            }
        });
    }
}
