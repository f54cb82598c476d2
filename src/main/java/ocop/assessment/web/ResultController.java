package ocop.assessment.web;

import ocop.assessment.internal.ProvinceResultService;
import ocop.dossier.DossierSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page where the province's result is recorded (ghi nhận kết quả đánh giá, phân hạng của tỉnh, Điều 7.3). The form
 * posts to the dossier module's {@code POST /dossiers/{id}/result}, which records it and returns to the dossier.
 */
@Controller
class ResultController {

    private final ProvinceResultService results;

    ResultController(ProvinceResultService results) {
        this.results = results;
    }

    @GetMapping("/dossiers/{id}/result")
    String page(@PathVariable long id, Model model) {
        DossierSummary d = results.dossier(id);
        model.addAttribute("section", "dossiers");
        model.addAttribute("d", d);
        model.addAttribute("mayRecord", results.mayRecord(d));
        return "assessment/result";
    }
}
