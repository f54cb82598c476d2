package ocop.assessment.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.criteria.CriteriaApi;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SelfAssessmentSummary;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;
import ocop.dossier.DossierSummary;
import ocop.dossier.WardItem;
import ocop.registry.ProducerView;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import org.springframework.stereotype.Component;

/**
 * Gathers the producer's own account of the four items (mô tả của chủ thể): raw materials and their origin and the
 * product description from the registry, the workforce figures of the producer, and the criteria of the dossier's
 * sheet marked {@code wardAssessed} under each item, each with the producer's self-score from its self-assessment
 * ({@link CriteriaApi#latestSelfAssessment}, scoped to the signed-in user): the option ticked, the points out of the
 * maximum and the evidence note. Without a readable self-assessment the criteria are listed with their maximum only.
 */
@Component
class ProducerStatements {

    private final RegistryApi registry;
    private final CriteriaApi criteria;

    ProducerStatements(RegistryApi registry, CriteriaApi criteria) {
        this.registry = registry;
        this.criteria = criteria;
    }

    Map<WardItem, ItemContext> of(DossierSummary d) {
        ProductView product = registry.product(d.productId()).orElse(null);
        ProducerView producer = registry.producer(d.producerId()).orElse(null);
        Map<WardItem, List<ItemContext.Criterion>> byItem = sheetCriteria(d);
        Map<WardItem, ItemContext> out = new EnumMap<>(WardItem.class);
        for (WardItem item : WardItem.values()) {
            out.put(item, new ItemContext(item, description(item, product, producer), byItem.get(item)));
        }
        return out;
    }

    private Map<WardItem, List<ItemContext.Criterion>> sheetCriteria(DossierSummary d) {
        Map<WardItem, List<ItemContext.Criterion>> out = new EnumMap<>(WardItem.class);
        for (WardItem item : WardItem.values()) {
            out.put(item, new ArrayList<>());
        }
        SelfAssessmentSummary self = criteria.latestSelfAssessment(d.productId()).orElse(null);
        if (d.sheetCode() == null) {
            if (self != null) {
                self.items().stream().filter(i -> i.wardItem() != null).forEach(i ->
                        out.get(WardItem.ofNumber(i.wardItem())).add(criterion(i.itemCode(), i.itemName(), i.max(), i)));
            }
            return out;
        }
        CriteriaSheet sheet = (d.sheetVersion() == null ? criteria.sheet(d.sheetCode())
                : criteria.sheet(d.sheetCode(), d.sheetVersion())).orElse(null);
        if (sheet == null) {
            return out;
        }
        Map<String, SelfAssessmentSummary.Item> scored = new HashMap<>();
        if (self != null && self.sheetCode().equals(sheet.code())) {
            self.items().forEach(i -> scored.put(i.itemCode(), i));
        }
        for (SheetPart part : sheet.parts()) {
            for (SheetSection section : part.sections()) {
                section.criteria().forEach(c -> collect(c, scored, out));
            }
        }
        return out;
    }

    private static void collect(SheetCriterion c, Map<String, SelfAssessmentSummary.Item> scored,
                                Map<WardItem, List<ItemContext.Criterion>> out) {
        if (c.wardAssessed() && c.wardItem() != null) {
            out.get(WardItem.ofNumber(c.wardItem())).add(criterion(c.code(), c.name(), c.max(), scored.get(c.code())));
            return;
        }
        if (c.subCriteria() != null) {
            c.subCriteria().forEach(s -> collect(s, scored, out));
        }
    }

    /** The criterion with the producer's self-score on it, when it ticked an option. */
    private static ItemContext.Criterion criterion(String code, String name, int max, SelfAssessmentSummary.Item self) {
        if (self == null || !self.answered()) {
            return new ItemContext.Criterion(code, name, max, null, null, self == null ? null : self.note());
        }
        return new ItemContext.Criterion(code, name, max, self.chosenLabel(), self.points(), self.note());
    }

    private static String description(WardItem item, ProductView p, ProducerView pr) {
        List<String> parts = new ArrayList<>();
        switch (item) {
            case RAW_MATERIALS -> {
                add(parts, "Nguyên liệu chính: ", p == null ? null : p.rawMaterials());
                add(parts, "Nguồn gốc nguyên liệu: ", p == null ? null : p.rawMaterialOrigin());
            }
            case LOCAL_LABOUR -> {
                if (pr != null && pr.workforceTotal() != null) {
                    parts.add("Tổng số lao động: " + pr.workforceTotal()
                            + (pr.workforceLocal() == null ? "" : ", lao động địa phương: " + pr.workforceLocal())
                            + (pr.workforceWomen() == null ? "" : ", lao động nữ: " + pr.workforceWomen())
                            + (pr.workforceEthnic() == null ? "" : ", lao động người dân tộc thiểu số: "
                            + pr.workforceEthnic()));
                }
            }
            case IDEA_ORIGIN, LOCAL_IDENTITY -> add(parts, "", p == null ? null : p.description());
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value.strip());
        }
    }
}
