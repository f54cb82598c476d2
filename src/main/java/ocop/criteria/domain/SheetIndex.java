package ocop.criteria.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation.Disqualification;
import ocop.criteria.KnockOut;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;

/**
 * Mục lục phiếu (a sheet flattened for scoring): the scorable items in sheet order with their part, and every
 * disqualification and knock-out code in sheet order (sheet conditions first).
 */
public final class SheetIndex {

    /**
     * A scorable item: a criterion without sub-criteria, or a sub-criterion.
     *
     * @param order position in the sheet, from 0
     */
    public record Item(int order, String code, String part, SheetCriterion criterion) {

        /** The option with this code, or an exception naming the item and the code. */
        public SheetOption option(String optionCode) {
            for (SheetOption option : criterion.options()) {
                if (option.code().equals(optionCode)) {
                    return option;
                }
            }
            throw new CriteriaException("UNKNOWN_OPTION", "answers." + code,
                    "Tiêu chí " + code + " không có phương án '" + optionCode + "'");
        }

        /** Position of the option in the printed order. */
        public int position(SheetOption option) {
            return criterion.options().indexOf(option);
        }
    }

    private final CriteriaSheet sheet;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Item> byCode = new LinkedHashMap<>();
    private final Map<String, Disqualification> knockOuts = new LinkedHashMap<>();

    private SheetIndex(CriteriaSheet sheet) {
        this.sheet = sheet;
        for (KnockOut condition : sheet.disqualifications()) {
            knockOuts.putIfAbsent(condition.code(), new Disqualification(condition.code(), null, condition.text()));
        }
        for (SheetPart part : sheet.parts()) {
            for (SheetSection section : part.sections()) {
                addKnockOuts(section.code(), section.knockOuts());
                for (SheetCriterion criterion : section.criteria()) {
                    add(part.code(), criterion);
                }
            }
        }
    }

    public static SheetIndex of(CriteriaSheet sheet) {
        return new SheetIndex(sheet);
    }

    private void add(String part, SheetCriterion criterion) {
        addKnockOuts(criterion.code(), criterion.knockOuts());
        if (!criterion.scorable()) {
            criterion.subCriteria().forEach(sub -> add(part, sub));
            return;
        }
        Item item = new Item(items.size(), criterion.code(), part, criterion);
        items.add(item);
        byCode.putIfAbsent(item.code(), item);
    }

    private void addKnockOuts(String where, List<KnockOut> list) {
        for (KnockOut knockOut : list) {
            knockOuts.putIfAbsent(knockOut.code(), new Disqualification(knockOut.code(), where, knockOut.text()));
        }
    }

    public CriteriaSheet sheet() {
        return sheet;
    }

    /** Scorable items in sheet order. */
    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    /** The scorable item with this code, or an exception naming it. */
    public Item item(String code) {
        Item item = byCode.get(code);
        if (item == null) {
            throw new CriteriaException("UNKNOWN_ITEM", "answers." + code, "Bộ tiêu chí " + sheet.code()
                    + " không có tiêu chí chấm điểm '" + code + "' (tiêu chí có tiêu chí con được chấm ở tiêu chí con)");
        }
        return item;
    }

    /** The sheet total of these ticked options (unanswered items count 0). */
    public int total(Map<String, SheetOption> chosen) {
        int total = 0;
        for (Item item : items) {
            SheetOption option = chosen.get(item.code());
            total += option == null ? 0 : option.points();
        }
        return total;
    }

    /** Disqualification and knock-out conditions by code, in sheet order. */
    public Map<String, Disqualification> knockOuts() {
        return Collections.unmodifiableMap(knockOuts);
    }
}
