package ocop.registry.web;

import ocop.registry.CertificationInput;
import ocop.registry.internal.ProducerService;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quality certifications on the producer page (chứng nhận chất lượng): add and remove. */
@Controller
@RequestMapping("/producers/{id}/certifications")
class ProducerCertificationController {

    private final ProducerService producers;
    private final ProducerPages pages;

    ProducerCertificationController(ProducerService producers, ProducerPages pages) {
        this.producers = producers;
        this.pages = pages;
    }

    @PostMapping
    String add(@PathVariable long id, @ModelAttribute("cert") CertificationInput form, BindingResult binding,
               Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return pages.detail(id, model, form, FormErrors.of(binding));
        }
        try {
            producers.addCertification(id, form);
        } catch (InvalidInputException e) {
            return pages.detail(id, model, form, FormErrors.of(e.errors()));
        }
        redirect.addFlashAttribute("flash", "Đã thêm chứng nhận.");
        return "redirect:/producers/" + id;
    }

    @PostMapping("/{certificationId}/delete")
    String remove(@PathVariable long id, @PathVariable long certificationId, RedirectAttributes redirect) {
        producers.removeCertification(id, certificationId);
        redirect.addFlashAttribute("flash", "Đã xóa chứng nhận.");
        return "redirect:/producers/" + id;
    }

}
