package ocop.registry.web;

import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.registry.ProducerFilter;
import ocop.registry.ProducerView;
import ocop.registry.Gender;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerType;
import ocop.registry.domain.RegistryPermissions;
import ocop.registry.internal.ProducerService;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the producer registry (Chủ thể): list with search and filters, detail, create and edit. */
@Controller
@RequestMapping("/producers")
class ProducerController {

    private static final String LIST = "registry/producers";
    private static final String FORM = "registry/producer-form";

    private final ProducerService producers;
    private final ProducerPages pages;
    private final AccessApi access;

    ProducerController(ProducerService producers, ProducerPages pages, AccessApi access) {
        this.producers = producers;
        this.pages = pages;
        this.access = access;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "registry");
        model.addAttribute("types", ProducerType.values());
        model.addAttribute("genders", Gender.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ProducerType type,
                @RequestParam(required = false) Long neighbourhood, @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        CurrentUser me = access.currentUser();
        model.addAttribute("slice", producers.search(new ProducerFilter(q, type, neighbourhood), page, null));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("neighbourhoods", access.neighbourhoods(me.unitCode()));
        model.addAttribute("mayCreate", RegistryPermissions.mayCreateProducer(me));
        return htmx != null && restore == null ? LIST + " :: results" : LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return pages.detail(id, model);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, ProducerInput.empty(), null, FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") ProducerInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null, FormErrors.of(binding));
        }
        try {
            ProducerView saved = producers.create(form);
            redirect.addFlashAttribute("flash", "Đã thêm chủ thể " + saved.name() + ".");
            return "redirect:/producers/" + saved.id();
        } catch (InvalidInputException e) {
            return form(model, form, null, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return form(model, form, null, FormErrors.of(java.util.List.of(new FieldError(e.field(), e.getMessage()))));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ProducerView p = producers.get(id);
        return form(model, ProducerForms.toInput(p), id, FormErrors.none());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProducerInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, id, FormErrors.of(binding));
        }
        try {
            producers.update(id, form);
            redirect.addFlashAttribute("flash", "Đã lưu thay đổi.");
            return "redirect:/producers/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, id, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return form(model, form, id, FormErrors.of(java.util.List.of(new FieldError(e.field(), e.getMessage()))));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        producers.delete(id);
        redirect.addFlashAttribute("flash", "Đã xóa chủ thể.");
        return "redirect:/producers";
    }

    private String form(Model model, ProducerInput form, Long id, java.util.Map<String, String> errors) {
        CurrentUser me = access.currentUser();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("neighbourhoods", access.neighbourhoods(me.unitCode()));
        return FORM;
    }
}
