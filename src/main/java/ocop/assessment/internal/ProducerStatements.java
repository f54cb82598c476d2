package ocop.assessment.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ocop.criteria.CriteriaApi;
import ocop.criteria.CriteriaSheet;
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
 * sheet marked {@code wardAssessed} under each item. The self-score per criterion needs a public reading of the
 * self-assessment from the criteria module; until it exists the criteria are listed with their maximum only.
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
        if (d.sheetCode() == null) {
            return out;
        }
        CriteriaSheet sheet = (d.sheetVersion() == null ? criteria.sheet(d.sheetCode())
                : criteria.sheet(d.sheetCode(), d.sheetVersion())).orElse(null);
        if (sheet == null) {
            return out;
        }
        for (SheetPart part : sheet.parts()) {
            for (SheetSection section : part.sections()) {
                section.criteria().forEach(c -> collect(c, out));
            }
        }
        return out;
    }

    private static void collect(SheetCriterion c, Map<WardItem, List<ItemContext.Criterion>> out) {
        if (c.wardAssessed() && c.wardItem() != null) {
            out.get(WardItem.ofNumber(c.wardItem())).add(new ItemContext.Criterion(c.code(), c.name(), c.max(),
                    null, null, null));
            return;
        }
        if (c.subCriteria() != null) {
            c.subCriteria().forEach(s -> collect(s, out));
        }
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
