package ocop.criteria;

import java.util.List;

/**
 * Phiếu tự đánh giá của một sản phẩm, as other modules read it (Mẫu 02 Part III, the ward's four items): the sheet
 * version it is made on, its status and result, and every scorable item in sheet order with the option the producer
 * ticked, the points it gives and the evidence note.
 *
 * @param status {@code DRAFT} or {@code COMPLETED}
 * @param total  the sheet total as last saved, 0–100
 * @param stars  the class as last saved, 0 when not classed
 * @param items  every scorable item of the sheet, answered or not
 */
public record SelfAssessmentSummary(long id, long productId, String sheetCode, int sheetVersion, String status,
        int total, int stars, List<Item> items) {

    public static final String DRAFT = "DRAFT";
    public static final String COMPLETED = "COMPLETED";

    public SelfAssessmentSummary {
        items = List.copyOf(items);
    }

    public boolean completed() {
        return COMPLETED.equals(status);
    }

    /** The items the ward assesses under one of its four items (1–4). */
    public List<Item> wardItems(int wardItem) {
        return items.stream().filter(i -> i.wardItem() != null && i.wardItem() == wardItem).toList();
    }

    /**
     * One scorable item.
     *
     * @param wardItem     the ward's item (1–4) it falls under, or null
     * @param chosenOption the option ticked, or null when unanswered
     * @param chosenLabel  its label, or null
     * @param points       its points, or null when unanswered
     * @param max          the item's maximum
     * @param note         the producer's evidence note, or null
     */
    public record Item(String itemCode, String itemName, Integer wardItem, String chosenOption, String chosenLabel,
            Integer points, int max, String note) {

        public boolean answered() {
            return chosenOption != null;
        }
    }
}
