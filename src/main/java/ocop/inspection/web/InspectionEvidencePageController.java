package ocop.inspection.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import ocop.inspection.ActionCloseInput;
import ocop.inspection.ActionEscalateInput;
import ocop.inspection.FindingView;
import ocop.inspection.InspectionApi;
import ocop.system.FieldError;
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

/**
 * Phát hiện và biện pháp khắc phục on the visit page: add a finding, add an action to a finding, close an action on a
 * follow-up visit, escalate one. Bad input: the visit page again with the message under the field and what was typed.
 */
@Controller
@RequestMapping("/inspections/visits/{id}")
class InspectionEvidencePageController {

    private final InspectionApi api;
    private final VisitPage page;

    InspectionEvidencePageController(InspectionApi api, VisitPage page) {
        this.api = api;
        this.page = page;
    }

    @PostMapping("/findings")
    String addFinding(@PathVariable long id, @ModelAttribute FindingForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        VisitPage.Typed typed = new VisitPage.Typed(form, null, ActionForm.empty(), SubmitForm.empty(), null, null);
        try {
            if (binding.hasErrors()) {
                return page.render(id, typed, prefixed("finding", FormErrors.of(binding)), model);
            }
            FindingView f = api.addFinding(id, form.input());
            redirect.addFlashAttribute("flash", "Đã ghi phát hiện. Thêm biện pháp khắc phục nếu cần.");
            return "redirect:/inspections/visits/" + id + "#finding-" + f.id();
        } catch (InvalidInputException e) {
            return page.render(id, typed, prefixed("finding", FormErrors.of(e.errors())), model);
        }
    }

    @PostMapping("/findings/{findingId}/actions")
    String addAction(@PathVariable long id, @PathVariable long findingId, @ModelAttribute ActionForm form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        VisitPage.Typed typed = new VisitPage.Typed(FindingForm.empty(), findingId, form, SubmitForm.empty(), null,
                null);
        try {
            if (binding.hasErrors()) {
                return page.render(id, typed, prefixed("action", FormErrors.of(binding)), model);
            }
            api.addAction(findingId, form.input());
            redirect.addFlashAttribute("flash", "Đã ghi biện pháp khắc phục.");
            return "redirect:/inspections/visits/" + id + "#finding-" + findingId;
        } catch (InvalidInputException e) {
            return page.render(id, typed, prefixed("action", FormErrors.of(e.errors())), model);
        }
    }

    /** Xác nhận đã khắc phục, on this follow-up visit. */
    @PostMapping("/actions/{actionId}/close")
    String close(@PathVariable long id, @PathVariable long actionId, @ModelAttribute ActionNoteForm form, Model model,
                 RedirectAttributes redirect) {
        try {
            api.closeAction(actionId, new ActionCloseInput(id, form.note(), form.version()));
            redirect.addFlashAttribute("flash", "Đã xác nhận biện pháp khắc phục đã thực hiện.");
            return "redirect:/inspections/visits/" + id + "#earlier-actions";
        } catch (InvalidInputException e) {
            return noteErrors(id, actionId, form, e, model);
        }
    }

    /** Chuyển cấp có thẩm quyền xử lý. */
    @PostMapping("/actions/{actionId}/escalate")
    String escalate(@PathVariable long id, @PathVariable long actionId, @ModelAttribute ActionNoteForm form,
                    Model model, RedirectAttributes redirect) {
        try {
            api.escalateAction(actionId, new ActionEscalateInput(form.note(), form.version()));
            redirect.addFlashAttribute("flash", "Đã chuyển biện pháp khắc phục cho cấp có thẩm quyền xử lý.");
            return "redirect:/inspections/visits/" + id + "#action-" + actionId;
        } catch (InvalidInputException e) {
            return noteErrors(id, actionId, form, e, model);
        }
    }

    private String noteErrors(long id, long actionId, ActionNoteForm form, InvalidInputException e, Model model) {
        VisitPage.Typed typed = new VisitPage.Typed(FindingForm.empty(), null, ActionForm.empty(), SubmitForm.empty(),
                actionId, form);
        Map<String, String> errors = e.errors().stream().collect(Collectors.toMap(
                f -> "note." + ("note".equals(f.field()) ? "note" : "_form"), FieldError::message, (a, b) -> a,
                LinkedHashMap::new));
        return page.render(id, typed, errors, model);
    }

    private static Map<String, String> prefixed(String form, Map<String, String> errors) {
        return errors.entrySet().stream().collect(Collectors.toMap(e -> form + "." + e.getKey(),
                Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
