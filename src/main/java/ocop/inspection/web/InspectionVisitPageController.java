package ocop.inspection.web;

import java.util.List;
import ocop.inspection.FollowUpInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.StartVisitInput;
import ocop.inspection.VisitView;
import ocop.system.ConflictException;
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

/**
 * Biên bản kiểm tra: start a visit (from a plan item or an ad-hoc request), the visit page (the phone form while a
 * draft, read-only once submitted or for readers), submit with the outcome, start a follow-up visit.
 */
@Controller
@RequestMapping("/inspections/visits")
class InspectionVisitPageController {

    private final InspectionApi api;
    private final VisitPage page;

    InspectionVisitPageController(InspectionApi api, VisitPage page) {
        this.api = api;
        this.page = page;
    }

    @PostMapping
    String start(@RequestParam(required = false) Long planItemId, @RequestParam(required = false) Long adHocRequestId,
                 @RequestHeader(name = "Referer", required = false) String referer, RedirectAttributes redirect) {
        try {
            VisitView v = api.startVisit(new StartVisitInput(planItemId, adHocRequestId, null, null, null, null,
                    List.of()));
            return "redirect:/inspections/visits/" + v.id();
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:" + InspectionPageErrors.back(referer);
        }
    }

    @GetMapping("/{id}")
    String visit(@PathVariable long id, Model model) {
        return page.render(id, VisitPage.Typed.none(), FormErrors.none(), model);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @ModelAttribute SubmitForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        VisitPage.Typed typed = new VisitPage.Typed(FindingForm.empty(), null, ActionForm.empty(), form, null, null);
        if (binding.hasErrors()) {
            return page.render(id, typed, FormErrors.of(binding), model);
        }
        try {
            api.submit(id, form.input());
            redirect.addFlashAttribute("flash", "Đã hoàn thành biên bản kiểm tra.");
            return "redirect:/inspections/visits/" + id;
        } catch (InvalidInputException e) {
            return page.render(id, typed, FormErrors.of(e.errors()), model);
        }
    }

    @PostMapping("/{id}/follow-up")
    String followUp(@PathVariable long id, RedirectAttributes redirect) {
        try {
            VisitView v = api.startFollowUp(id, new FollowUpInput(null, List.of()));
            return "redirect:/inspections/visits/" + v.id();
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/inspections/visits/" + id;
        }
    }
}
