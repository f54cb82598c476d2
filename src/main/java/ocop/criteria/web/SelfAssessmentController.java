package ocop.criteria.web;

import java.util.Map;
import ocop.criteria.internal.SelfAssessmentInput;
import ocop.criteria.internal.SelfAssessmentList;
import ocop.criteria.internal.SelfAssessmentService;
import ocop.criteria.internal.SelfAssessmentView;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trang tự đánh giá (the self-assessment page): the sheet with a radio group per item, the live summary (htmx posts
 * the whole form on every change and swaps the summary panel), save as draft or complete, and the printable result
 * laid out as Part III of form Mẫu 02.
 */
@Controller
class SelfAssessmentController {

    static final String PAGE = "criteria/self-assessment";

    private final SelfAssessmentService assessments;
    private final SelfAssessmentList list;

    SelfAssessmentController(SelfAssessmentService assessments, SelfAssessmentList list) {
        this.assessments = assessments;
        this.list = list;
    }

    @GetMapping("/self-assessments")
    String list(Model model) {
        model.addAttribute("section", "self-assessment");
        model.addAttribute("lines", list.visible());
        return "criteria/self-assessments";
    }

    @GetMapping("/products/{id}/self-assessment")
    String page(@PathVariable long id, Model model) {
        return show(assessments.open(id), Map.of(), model);
    }

    @PostMapping("/products/{id}/self-assessment/summary")
    String summary(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        try {
            model.addAttribute("a", assessments.evaluate(id, SelfAssessmentForm.read(params)));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("a", assessments.open(id));
            model.addAttribute("errors", FormErrors.of(e.errors()));
        }
        return PAGE + " :: summary-panel";
    }

    @PostMapping("/products/{id}/self-assessment")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
        SelfAssessmentInput input = SelfAssessmentForm.read(params);
        boolean complete = "complete".equals(action);
        try {
            SelfAssessmentView saved = assessments.save(id, input, complete);
            redirect.addFlashAttribute("flash", complete
                    ? "Đã hoàn thành phiếu tự đánh giá: " + saved.evaluation().total() + " điểm."
                    : "Đã lưu nháp phiếu tự đánh giá.");
            return "redirect:/products/" + id + "/self-assessment";
        } catch (InvalidInputException e) {
            SelfAssessmentView entered;
            try {
                entered = assessments.evaluate(id, input);
            } catch (InvalidInputException again) {
                entered = assessments.open(id);
            }
            return show(entered, FormErrors.of(e.errors()), model);
        }
    }

    @GetMapping("/self-assessments/{id}/print")
    String print(@PathVariable long id, Model model) {
        model.addAttribute("section", "self-assessment");
        model.addAttribute("a", assessments.byId(id));
        return "criteria/self-assessment-print";
    }

    private static String show(SelfAssessmentView view, Map<String, String> errors, Model model) {
        model.addAttribute("section", "self-assessment");
        model.addAttribute("a", view);
        model.addAttribute("errors", errors);
        return PAGE;
    }
}
