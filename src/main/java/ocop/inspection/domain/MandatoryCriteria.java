package ocop.inspection.domain;

import java.util.ArrayList;
import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;

/**
 * Các tiêu chí bắt buộc phải duy trì (the product's mandatory criteria): every scorable item of its criteria sheet
 * with a minimum requirement ("yêu cầu tối thiểu") at or below the product's star class, one checklist item each,
 * naming the highest such requirement (marks never decrease along a criterion's options, so meeting it meets the
 * lower ones). Item codes are {@code TC-} + the sheet's item code.
 */
public final class MandatoryCriteria {

    public static final String PREFIX = "TC-";

    /** A generated checklist item. */
    public record GeneratedItem(String code, String text, String hint, String criterionCode) {
    }

    private MandatoryCriteria() {
    }

    public static List<GeneratedItem> items(CriteriaSheet sheet, int stars) {
        List<GeneratedItem> items = new ArrayList<>();
        for (SheetPart part : sheet.parts()) {
            for (SheetSection section : part.sections()) {
                for (SheetCriterion c : section.criteria()) {
                    collect(c, stars, items);
                }
            }
        }
        return items;
    }

    private static void collect(SheetCriterion c, int stars, List<GeneratedItem> items) {
        if (!c.scorable()) {
            for (SheetCriterion sub : c.subCriteria()) {
                collect(sub, stars, items);
            }
            return;
        }
        SheetOption highest = null;
        for (SheetOption o : c.options()) {
            if (o.minStar() != null && o.minStar() <= stars
                    && (highest == null || o.minStar() >= highest.minStar())) {
                highest = o;
            }
        }
        if (highest != null) {
            items.add(new GeneratedItem(PREFIX + c.code(), c.code() + ". " + c.name(),
                    "Yêu cầu tối thiểu " + highest.minStar() + "★: " + highest.label(), c.code()));
        }
    }
}
