package ocop.criteria.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SelfAssessmentSummary;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;
import ocop.criteria.domain.SheetIndex;
import ocop.registry.RegistryApi;
import org.springframework.stereotype.Component;

/**
 * The public reading of a product's self-assessment ({@link ocop.criteria.CriteriaApi#latestSelfAssessment}): the
 * stored row, read only when the registry lets the signed-in user see the product (the same scope as the
 * self-assessment pages), each scorable item with its ticked option, points and note.
 */
@Component
public class SelfAssessmentSummaries {

    private final RegistryApi registry;
    private final SelfAssessmentRepository repository;
    private final SheetCatalog catalog;

    SelfAssessmentSummaries(RegistryApi registry, SelfAssessmentRepository repository, SheetCatalog catalog) {
        this.registry = registry;
        this.repository = repository;
        this.catalog = catalog;
    }

    /**
     * Not transactional on purpose: the registry's scoped read throws (and catches) "not found" for a product out of
     * scope, which would mark a surrounding read-only transaction rollback-only.
     */
    public Optional<SelfAssessmentSummary> latest(long productId) {
        if (registry.product(productId).isEmpty()) {
            return Optional.empty();
        }
        return repository.byProduct(productId).flatMap(row -> catalog.find(row.sheetCode(), row.sheetVersion())
                .map(stored -> of(row, stored.sheet())));
    }

    static SelfAssessmentSummary of(SelfAssessmentRow row, CriteriaSheet sheet) {
        Map<String, Integer> wardItems = new HashMap<>();
        for (SheetPart part : sheet.parts()) {
            for (SheetSection section : part.sections()) {
                section.criteria().forEach(c -> wardItems(c, null, wardItems));
            }
        }
        List<SelfAssessmentSummary.Item> items = new ArrayList<>();
        for (SheetIndex.Item item : SheetIndex.of(sheet).items()) {
            SheetCriterion c = item.criterion();
            String code = row.answers().get(item.code());
            SheetOption chosen = c.options().stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
            String note = row.notes().get(item.code());
            items.add(new SelfAssessmentSummary.Item(item.code(), c.name(), wardItems.get(item.code()),
                    chosen == null ? null : chosen.code(), chosen == null ? null : chosen.label(),
                    chosen == null ? null : chosen.points(), c.max(), note == null || note.isBlank() ? null : note));
        }
        return new SelfAssessmentSummary(row.id(), row.productId(), row.sheetCode(), row.sheetVersion(), row.status(),
                row.total(), row.stars(), items);
    }

    /** A criterion's ward item, or its parent's when the criterion itself names none. */
    private static void wardItems(SheetCriterion c, Integer inherited, Map<String, Integer> out) {
        Integer ward = c.wardAssessed() && c.wardItem() != null ? c.wardItem() : inherited;
        if (ward != null) {
            out.put(c.code(), ward);
        }
        if (c.subCriteria() != null) {
            c.subCriteria().forEach(s -> wardItems(s, ward, out));
        }
    }
}
