package ocop.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.documents.DocumentType;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.internal.IssuingSettings;
import ocop.documents.internal.SettingsService;
import ocop.documents.internal.SignerRecord;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The draft form (soạn, sửa dự thảo): type, subject, addressees and sections; "Thêm mục" adds a section. */
@Controller
@RequestMapping("/documents")
class DraftController {

    private static final String FORM = "documents/draft-form";
    private static final int MIN_SECTIONS = 3;

    private final DocumentsApi documents;
    private final SettingsService settings;

    DraftController(DocumentsApi documents, SettingsService settings) {
        this.documents = documents;
        this.settings = settings;
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) DocumentType type, Model model) {
        return form(model, DraftForm.empty(type), null, 0, FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") DraftForm form, BindingResult binding,
                  @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        if ("add".equals(action) || binding.hasErrors()) {
            return form(model, form, null, "add".equals(action) ? 1 : 0, FormErrors.of(binding));
        }
        try {
            DocumentView saved = documents.createDraft(DraftFormMapper.toDraft(form));
            redirect.addFlashAttribute("flash", "Đã lưu dự thảo. Lãnh đạo UBND xem và ban hành.");
            return "redirect:/documents/" + saved.id();
        } catch (InvalidInputException e) {
            return form(model, form, null, 0, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return form(model, form, null, 0, FormErrors.of(List.of(new FieldError(e.field(), e.getMessage()))));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        DocumentView doc = documents.get(id);
        return form(model, DraftFormMapper.toForm(doc), id, 0, FormErrors.none());
    }

    @PostMapping("/{id}")
    String revise(@PathVariable long id, @ModelAttribute("form") DraftForm form, BindingResult binding,
                  @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        if ("add".equals(action) || binding.hasErrors()) {
            return form(model, form, id, "add".equals(action) ? 1 : 0, FormErrors.of(binding));
        }
        try {
            documents.reviseDraft(id, DraftFormMapper.toDraft(form));
            redirect.addFlashAttribute("flash", "Đã lưu thay đổi của dự thảo.");
            return "redirect:/documents/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, id, 0, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return form(model, form, id, 0, FormErrors.of(List.of(new FieldError(e.field(), e.getMessage()))));
        }
    }

    private String form(Model model, DraftForm form, Long id, int extra, Map<String, String> errors) {
        List<DraftForm.SectionForm> sections = new ArrayList<>(form.sections());
        int wanted = Math.max(MIN_SECTIONS, sections.size() + (extra > 0 ? extra : sections.isEmpty() ? 0 : 1));
        while (sections.size() < wanted) {
            sections.add(new DraftForm.SectionForm(null, null));
        }
        IssuingSettings mine = settings.mine();
        model.addAttribute("section", "documents");
        model.addAttribute("form", new DraftForm(form.type(), form.subject(), form.recipients(), form.bases(),
                form.preamble(), sections, form.copyTo(), form.secretary(), form.signerId(), form.version(),
                form.replaces()));
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("signers", mine.signers().stream().filter(SignerRecord::active).toList());
        return FORM;
    }
}
