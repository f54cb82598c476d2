package ocop.criteria.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ocop.access.AccessApi;
import ocop.access.UnitScope;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.SelfAssessmentResult;
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

    /** At most this many self-assessments are read for the lists of other modules (a province holds far fewer). */
    static final int RESULTS_LIMIT = 5000;

    private final RegistryApi registry;
    private final AccessApi access;
    private final SelfAssessmentRepository repository;
    private final SheetCatalog catalog;

    SelfAssessmentSummaries(RegistryApi registry, AccessApi access, SelfAssessmentRepository repository,
            SheetCatalog catalog) {
        this.registry = registry;
        this.access = access;
        this.repository = repository;
        this.catalog = catalog;
    }

    /**
     * Every self-assessment of the signed-in user's scope with its evaluation ({@link
     * ocop.criteria.CriteriaApi#selfAssessments}). The stored unit, province and producer match the registry's scope
     * rules; only a neighbourhood head's scope (its khu phố) is narrower than the ward, so each product is then read
     * through the registry and kept only when visible.
     */
    public List<SelfAssessmentResult> results(Function<SelfAssessmentRow, Evaluation> evaluate) {
        UnitScope scope = access.currentUser().scope();
        return repository.inScope(scope, RESULTS_LIMIT).stream()
                .filter(r -> scope.kind() != UnitScope.Kind.NEIGHBOURHOOD || registry.product(r.productId()).isPresent())
                .map(r -> new SelfAssessmentResult(r.id(), r.productId(), r.producerId(), r.unitCode(), r.status(),
                        day(r.completedAt()), day(r.updatedAt()), evaluate.apply(r)))
                .toList();
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.toLocalDate();
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
