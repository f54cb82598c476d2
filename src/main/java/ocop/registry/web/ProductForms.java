package ocop.registry.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.CurrentUser;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerFilter;
import ocop.registry.ProductInput;
import ocop.registry.ProductView;
import ocop.registry.RecognitionLevel;
import ocop.registry.domain.ClassificationLevel;
import ocop.registry.domain.ClassificationNode;
import ocop.registry.domain.ProductClassification;
import ocop.registry.domain.RegistryPermissions;
import ocop.registry.internal.ProducerService;
import ocop.registry.internal.ProductRecordsService.PhotoFile;
import ocop.registry.internal.ProductService;
import ocop.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The models of the product pages shared by {@link ProductController} and {@link ProductRecordsController}: the
 * detail page (also shown again with errors of the photo and star forms) and the create/edit form.
 */
@Component
class ProductForms {

    static final String LIST = "registry/products";
    static final String DETAIL = "registry/product";
    static final String FORM = "registry/product-form";

    private final ProductService products;
    private final ProducerService producers;
    private final AccessApi access;
    private final AuditTrail audit;

    ProductForms(ProductService products, ProducerService producers, AccessApi access, AuditTrail audit) {
        this.products = products;
        this.producers = producers;
        this.access = access;
        this.audit = audit;
    }

    /** What was typed into the star form, kept as text so that nothing is lost when it is shown again. */
    record StarForm(String stars, String score, String decisionNo, String decisionDate, String level, String note) {

        static StarForm empty() {
            return new StarForm(null, null, null, null, null, null);
        }
    }

    /** A classification node offered in a select: code and the text shown. */
    record Option(String code, String label) {
    }

    /** The leaves of one ngành, for an {@code <optgroup>}. */
    record SectorLeaves(String label, List<Option> leaves) {
    }

    String detail(long id, Model model, Map<String, String> errors, StarForm starForm) {
        CurrentUser me = access.currentUser();
        ProductView p = products.get(id);
        model.addAttribute("p", p);
        model.addAttribute("classificationPath", String.join(" › ", p.classificationPath()));
        model.addAttribute("history", audit.history("product", id));
        model.addAttribute("mayEdit", RegistryPermissions.mayWriteProduct(me, p.producerId()));
        model.addAttribute("mayDelete", RegistryPermissions.mayDelete(me));
        model.addAttribute("mayRecordStatus", RegistryPermissions.mayRecordStatus(me));
        model.addAttribute("levels", RecognitionLevel.values());
        model.addAttribute("starForm", starForm);
        model.addAttribute("errors", errors);
        return DETAIL;
    }

    String form(Model model, ProductInput typed, Long id, Map<String, String> errors) {
        CurrentUser me = access.currentUser();
        ProductInput form = typed == null ? ProductInput.empty() : typed;
        ProductClassification classification = products.classificationInForce();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("decision", classification.decision());
        model.addAttribute("sectors", leavesBySector(classification));
        model.addAttribute("mayRecordStatus", RegistryPermissions.mayRecordStatus(me));
        model.addAttribute("statuses", OcopStatus.values());
        String producerName = null;
        if (form.producerId() != null && !errors.containsKey("producerId")) {
            try {
                producerName = producers.get(form.producerId()).name();
            } catch (NotFoundException e) {
                producerName = null;
            }
        }
        model.addAttribute("producerName", producerName);
        model.addAttribute("producers", producerName == null
                ? producers.search(ProducerFilter.none(), 0, 100).items() : List.of());
        String code = form.classificationCode();
        boolean inForce = code == null || classification.isLeaf(code);
        model.addAttribute("legacyOption", inForce || id == null ? null : legacyOption(id, code));
        return FORM;
    }

    /** An edited product still classified on an older version keeps its class as a choice. */
    private Option legacyOption(long id, String code) {
        ProductView p = products.get(id);
        List<String> path = p.classificationPath();
        String name = path.isEmpty() ? "" : " " + path.get(path.size() - 1);
        return new Option(code, code + name + " (theo phân loại " + p.classificationVersion() + ")");
    }

    static ProductInput toInput(ProductView p) {
        return new ProductInput(p.producerId(), p.name(), p.classificationCode(), p.programmeCode(), p.description(),
                p.rawMaterials(), p.rawMaterialOrigin(), p.status(), p.version());
    }

    /** The leaves of the classification, grouped by ngành in printed order. */
    static List<SectorLeaves> leavesBySector(ProductClassification c) {
        List<SectorLeaves> groups = new ArrayList<>();
        for (ClassificationNode sector : c.sectors()) {
            List<Option> leaves = new ArrayList<>();
            collectLeaves(sector, leaves);
            groups.add(new SectorLeaves(sector.code() + ". " + sector.name(), leaves));
        }
        return groups;
    }

    private static void collectLeaves(ClassificationNode node, List<Option> into) {
        if (node.isLeaf()) {
            into.add(new Option(node.code(), node.code() + " " + node.name()));
        }
        node.children().forEach(child -> collectLeaves(child, into));
    }

    /** The ngành and nhóm of the classification for the list filter, nhóm indented under their ngành. */
    static List<Option> sectorsAndGroups(ProductClassification c) {
        List<Option> options = new ArrayList<>();
        for (ClassificationNode sector : c.sectors()) {
            options.add(new Option(sector.code(), sector.code() + ". " + sector.name()));
            sector.children().stream().filter(g -> g.level() == ClassificationLevel.GROUP)
                    .forEach(g -> options.add(new Option(g.code(), "\u00a0\u00a0\u00a0" + g.code() + " " + g.name())));
        }
        return options;
    }

    /** A stored photo with its real type; private to the signed-in user's browser, which may keep it a day. */
    static ResponseEntity<byte[]> photoResponse(PhotoFile photo) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
