package ocop.criteria.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.registry.ProductView;

/**
 * Phiếu tự đánh giá của một sản phẩm (a product's self-assessment) as shown: the sheet version it is made on, the
 * answers, declared knock-outs and notes, their evaluation, the evidence files per item, and whether the signed-in
 * user may change it.
 *
 * @param id      null until first saved
 * @param status  {@code DRAFT} or {@code COMPLETED} ({@code DRAFT} before the first save)
 * @param version the optimistic-lock version (0 before the first save)
 */
public record SelfAssessmentView(Long id, ProductView product, CriteriaSheet sheet, String status,
        Map<String, String> answers, Set<String> declared, Map<String, String> notes, Evaluation evaluation,
        Map<String, List<SelfAssessmentFile>> files, boolean mayWrite, int version, String updatedBy,
        OffsetDateTime updatedAt, OffsetDateTime completedAt) {

    public boolean completed() {
        return SelfAssessmentRow.COMPLETED.equals(status);
    }

    public boolean saved() {
        return id != null;
    }

    /** The option ticked for the item, or null. */
    public SheetOption chosen(SheetCriterion item) {
        String code = answers.get(item.code());
        return item.options().stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
    }

    public List<SelfAssessmentFile> filesOf(String item) {
        return files.getOrDefault(item, List.of());
    }
}
