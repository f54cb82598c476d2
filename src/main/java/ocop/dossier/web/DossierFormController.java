package ocop.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import ocop.dossier.domain.FormCatalog;
import ocop.dossier.internal.DossierDocuments;
import ocop.dossier.internal.DossierReader;
import ocop.dossier.internal.DossierService;
import ocop.dossier.internal.DossierView;
import ocop.system.ConflictException;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a dossier (Mẫu 01, Mẫu 02): the Mẫu 02 form (typed parts I, II, IV, samples, the upgrade or
 * re-evaluation texts), the printable forms, and the drafts of both in the documents module (DOCX/PDF).
 */
@Controller
@RequestMapping("/dossiers/{id}")
class DossierFormController {

    private final DossierService dossiers;
    private final DossierReader reader;
    private final DossierDocuments documents;
    private final FormCatalog catalog;

    DossierFormController(DossierService dossiers, DossierReader reader, DossierDocuments documents,
                          FormCatalog catalog) {
        this.dossiers = dossiers;
        this.reader = reader;
        this.documents = documents;
        this.catalog = catalog;
    }

    @GetMapping("/forms")
    String form(@PathVariable long id, Model model) {
        DossierView d = reader.view(id);
        return page(d, d.forms(), d.summary().version(), FormErrors.none(), model);
    }

    @PostMapping("/forms")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (catalog.field(k).isPresent()) {
                fields.put(k, v);
            }
        });
        Integer version = DossierPages.integer(params.get("version"));
        try {
            dossiers.updateForms(id, fields, version);
            redirect.addFlashAttribute("flash", "Đã lưu Báo cáo tự đánh giá (Mẫu 02).");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(DossierPages.status(e));
            return page(reader.view(id), fields, version, DossierPages.errors(e), model);
        }
    }

    @GetMapping("/print")
    String print(@PathVariable long id, Model model) {
        ocop.dossier.DossierForms forms = reader.forms(id);
        model.addAttribute("d", reader.view(id));
        model.addAttribute("forms", forms);
        model.addAttribute("catalog", catalog);
        model.addAttribute("sections", sections(f -> !f.code().startsWith("m01.") && forms.fields().containsKey(f.code())));
        return "dossier/print";
    }

    @PostMapping("/documents/{form}")
    String draft(@PathVariable long id, @PathVariable String form) {
        boolean form01 = switch (form) {
            case "mau-01" -> true;
            case "mau-02" -> false;
            default -> throw new NotFoundException("Không có mẫu " + form + ".");
        };
        return "redirect:/documents/" + documents.draft(id, form01);
    }

    private java.util.List<FormSection> sections(java.util.function.Predicate<FormCatalog.Field> shown) {
        return FormSection.of(catalog, shown);
    }

    private String page(DossierView d, Map<String, String> values, Integer version, Map<String, String> errors,
                        Model model) {
        model.addAttribute("d", d);
        model.addAttribute("s", d.summary());
        model.addAttribute("values", values);
        model.addAttribute("version", version);
        java.util.List<FormCatalog.Field> editable = catalog.editable(d.summary().kind(), d.classificationCode());
        model.addAttribute("sections", sections(f -> editable.contains(f)));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "dossiers");
        return "dossier/forms";
    }
}
