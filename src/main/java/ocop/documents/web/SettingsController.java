package ocop.documents.web;

import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.documents.domain.DocumentPermissions;
import ocop.documents.domain.NumberingMode;
import ocop.documents.internal.IssuingSettings;
import ocop.documents.internal.SettingsService;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page (thiết lập văn bản): names, place, abbreviations, numbering, recipients, signers. */
@Controller
@RequestMapping("/documents/settings")
class SettingsController {

    private static final String PAGE = "documents/settings";

    private final SettingsService settings;
    private final AccessApi access;

    SettingsController(SettingsService settings, AccessApi access) {
        this.settings = settings;
        this.access = access;
    }

    @GetMapping
    String show(Model model) {
        IssuingSettings mine = settings.mine();
        return page(model, SettingsForm.of(mine), FormErrors.none());
    }

    @PostMapping
    String save(@ModelAttribute("form") SettingsForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, form, FormErrors.of(binding));
        }
        try {
            settings.save(form.body(), form.signerRecords(), form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute("flash", "Đã lưu thiết lập văn bản.");
            return "redirect:/documents/settings";
        } catch (InvalidInputException e) {
            return page(model, form, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return page(model, form, FormErrors.of(List.of(new FieldError(e.field(), e.getMessage()))));
        }
    }

    private String page(Model model, SettingsForm form, Map<String, String> errors) {
        model.addAttribute("section", "documents");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("modes", NumberingMode.values());
        model.addAttribute("mayEdit", DocumentPermissions.mayEditSettings(access.currentUser()));
        return PAGE;
    }
}
