package ocop.dossier.web;

import ocop.dossier.internal.intake.FlagConversion;
import ocop.dossier.internal.intake.FlagService;
import ocop.dossier.internal.intake.FlagView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.dossier.domain.FlagStatus;
import ocop.dossier.internal.ClassificationOptions;
import ocop.registry.ProducerType;
import ocop.system.ConflictException;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Potential products of the khu phố (sản phẩm tiềm năng): the neighbourhood head's form, the officer's inbox, and a
 * flag's page where the officer converts it into a registered idea or closes it with a note.
 */
@Controller
@RequestMapping("/flags")
class FlagController {

    private final FlagService flags;
    private final FlagConversion conversion;
    private final ClassificationOptions classification;
    private final AccessApi access;

    FlagController(FlagService flags, FlagConversion conversion, ClassificationOptions classification,
                   AccessApi access) {
        this.flags = flags;
        this.conversion = conversion;
        this.classification = classification;
        this.access = access;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "dossiers");
    }

    @GetMapping
    String inbox(@RequestParam(required = false) FlagStatus status, Model model) {
        model.addAttribute("items", flags.list(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", FlagStatus.values());
        return "dossier/flags";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(new FlagService.FlagInput(null, null, null, null, null), FormErrors.none(), model);
    }

    @PostMapping
    String create(@ModelAttribute FlagService.FlagInput form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            FlagView flag = flags.create(form);
            redirect.addFlashAttribute("flash", "Đã gửi đề xuất \"" + flag.name() + "\" tới cán bộ Phòng Kinh tế.");
            return "redirect:/flags/" + flag.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(form, FormErrors.of(e.errors()), model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, FormErrors.none(), model);
    }

    @PostMapping("/{id}/convert")
    String convert(@PathVariable long id, @ModelAttribute FlagConversion.Conversion form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            FlagView flag = conversion.convert(id, form);
            redirect.addFlashAttribute("flash", "Đã đăng ký ý tưởng sản phẩm từ đề xuất.");
            return "redirect:/products/" + flag.productId() + "/cycle";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(DossierPages.status(e));
            return page(id, DossierPages.errors(e), model);
        }
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String note,
                 @RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        try {
            flags.close(id, note, version);
            redirect.addFlashAttribute("flash", "Đã đóng đề xuất; trưởng khu phố đã được thông báo.");
            return "redirect:/flags";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(DossierPages.status(e));
            return page(id, DossierPages.errors(e), model);
        }
    }

    private String page(long id, Map<String, String> errors, Model model) {
        model.addAttribute("f", flags.get(id));
        model.addAttribute("options", classification.all());
        model.addAttribute("producerTypes", ProducerType.values());
        model.addAttribute("errors", errors);
        return "dossier/flag";
    }

    private String form(FlagService.FlagInput form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("neighbourhoods", access.neighbourhoods(access.currentUser().unitCode()));
        model.addAttribute("errors", errors);
        return "dossier/flag-form";
    }
}
