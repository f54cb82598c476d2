package ocop.assessment.web;

import ocop.assessment.internal.Worklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The ward's work list at the assessment step (Đánh giá tại phường). */
@Controller
class WorklistController {

    private final Worklist worklist;

    WorklistController(Worklist worklist) {
        this.worklist = worklist;
    }

    @GetMapping("/assessments")
    String list(Model model) {
        model.addAttribute("section", "dossiers");
        model.addAttribute("w", worklist.groups());
        return "assessment/assessments";
    }
}
