package ocop.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import ocop.criteria.CriteriaApi;
import ocop.dossier.DossierEvidence;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.EvidenceChecklist;
import ocop.dossier.domain.FormCatalog;
import ocop.dossier.internal.DossierReader;
import ocop.dossier.internal.DossierService;
import ocop.dossier.internal.DossierView;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the dossier page (trang hồ sơ) — with, for an open upgrade dossier, the gap to the next class from the
 * criteria engine — and turns rule errors into the page's error summary with the right status.
 */
@Component
class DossierPages {

    static final String DETAIL = "dossier/dossier";

    private final DossierReader reader;
    private final EvidenceChecklist checklist;
    private final FormCatalog catalog;
    private final ocop.access.AuditTrail audit;
    private final RegistryApi registry;
    private final CriteriaApi criteria;
    private final DossierService dossiers;

    DossierPages(DossierReader reader, EvidenceChecklist checklist, FormCatalog catalog, ocop.access.AuditTrail audit,
                 RegistryApi registry, CriteriaApi criteria, DossierService dossiers) {
        this.dossiers = dossiers;
        this.reader = reader;
        this.checklist = checklist;
        this.catalog = catalog;
        this.audit = audit;
        this.registry = registry;
        this.criteria = criteria;
    }

    /**
     * The product of an open UPGRADE dossier when it holds a class (registry), for the gap to the next class; empty
     * for other dossiers, closed ones and unranked products.
     */
    private java.util.Optional<ProductView> rankedProductToUpgrade(DossierSummary s) {
        if (s.kind() != DossierKind.UPGRADE || s.status().isFinal()) {
            return java.util.Optional.empty();
        }
        return registry.product(s.productId()).filter(p -> p.currentStars() != null && p.currentStars() >= 1);
    }

    /** The council score of the class the product holds (its latest recognition with those stars), or null. */
    private static BigDecimal score(ProductView p) {
        return p.starHistory().stream().filter(r -> r.stars() == p.currentStars()).map(ProductView.StarRecord::score)
                .findFirst().orElse(null);
    }

    /** One line of the evidence checklist on the page: the item, whether this dossier needs it, its pieces. */
    record ChecklistLine(EvidenceChecklist.Item item, boolean required, List<DossierEvidence> pieces) {
    }

    String detail(long id, Model model, Map<String, String> errors) {
        DossierView d = reader.view(id);
        List<ChecklistLine> lines = checklist.applicable(d.classificationCode()).stream()
                .map(i -> new ChecklistLine(i, i.requiredFor(d.summary().kind(), d.classificationCode()),
                        d.evidence().stream().filter(e -> e.itemCode().equals(i.code())).toList())).toList();
        model.addAttribute("d", d);
        model.addAttribute("s", d.summary());
        model.addAttribute("checklist", lines);
        // re-evaluation and upgrade dossiers reuse papers: flag those that lapse before the council date
        model.addAttribute("councilDate", d.summary().kind() == ocop.dossier.DossierKind.FIRST ? null
                : dossiers.expectedCouncilDate(id));
        model.addAttribute("catalog", catalog);
        List<FormCatalog.Field> fields = catalog.editable(d.summary().kind(), d.classificationCode());
        model.addAttribute("fields", fields);
        model.addAttribute("sections", FormSection.of(catalog, fields::contains));
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("general", "Chung");
        catalog.parts().forEach(p -> p.fields().forEach(f -> labels.put(f.code(), f.label())));
        checklist.items().forEach(i -> labels.put(i.code(), i.code() + ". " + i.name()));
        model.addAttribute("labels", labels);
        model.addAttribute("mayReturn", d.actions().contains(ocop.dossier.DossierAction.RETURN));
        model.addAttribute("auditEntries", audit.history("dossier", id));
        rankedProductToUpgrade(d.summary()).ifPresent(p -> {
            model.addAttribute("upgradeGap", criteria.upgradeGap(p.id(), p.currentStars()));
            model.addAttribute("currentScore", score(p));
        });
        model.addAttribute("errors", errors);
        model.addAttribute("section", "dossiers");
        return DETAIL;
    }

    /** Shows the dossier page again with the errors of a refused action, answering 400 or 409. */
    String refused(long id, RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(status(e));
        return detail(id, model, errors(e));
    }

    /** A whole number typed in a form, or null when blank or not a number. */
    static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int status(RuntimeException e) {
        return e instanceof ConflictException ? 409 : 400;
    }

    static Map<String, String> errors(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return FormErrors.of(invalid.errors());
        }
        ConflictException c = (ConflictException) e;
        return FormErrors.of(List.of(new FieldError(c.field() == null ? "_form" : c.field(), c.getMessage())));
    }
}
