package ocop.assessment.web;

import java.util.List;
import ocop.access.AccessApi;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.internal.ProvinceRequestService;
import ocop.assessment.internal.ProvinceRequestView;
import ocop.documents.IssuedDocument;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the ward's requests to the province (văn bản đề nghị gửi tỉnh): the list, drafting, issuing. */
@Controller
@RequestMapping("/province-requests")
class ProvinceRequestController {

    private final ProvinceRequestService requests;
    private final AccessApi access;

    ProvinceRequestController(ProvinceRequestService requests, AccessApi access) {
        this.requests = requests;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("section", "dossiers");
        model.addAttribute("requests", requests.list());
        model.addAttribute("mayIssue", AssessmentPermissions.mayIssue(access.currentUser()));
        return "assessment/province-requests";
    }

    @PostMapping
    String create(@RequestParam(name = "dossierIds", required = false) List<Long> dossierIds,
                  RedirectAttributes redirect) {
        try {
            ProvinceRequestView created = requests.create(dossierIds);
            redirect.addFlashAttribute("flash", "Đã soạn dự thảo văn bản đề nghị cho " + created.products().size()
                    + " hồ sơ. Xem trước và chuyển lãnh đạo ban hành.");
            return "redirect:/province-requests";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error",
                    String.join(" ", e.errors().stream().map(FieldError::message).toList()));
            return "redirect:/assessments";
        }
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            IssuedDocument issued = requests.issue(id);
            redirect.addFlashAttribute("flash", "Đã ban hành văn bản số " + issued.number()
                    + "; các hồ sơ chuyển sang bước «Đã gửi tỉnh».");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/province-requests";
    }
}
