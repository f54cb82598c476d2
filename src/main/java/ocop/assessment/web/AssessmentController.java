package ocop.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.domain.ItemFinding;
import ocop.assessment.internal.AssessmentService;
import ocop.assessment.internal.AssessmentView;
import ocop.assessment.internal.PackageService;
import ocop.assessment.internal.ReportService;
import ocop.documents.DocumentView;
import ocop.documents.IssuedDocument;
import ocop.dossier.WardItem;
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

/** The page of a dossier's assessment at the ward (đánh giá tại cấp xã): the four items, Mẫu 03, issuing. */
@Controller
@RequestMapping("/dossiers/{id}/assessment")
class AssessmentController {

    static final String PAGE = "assessment/assessment";

    private final AssessmentService assessments;
    private final ReportService reports;
    private final AccessApi access;

    AssessmentController(AssessmentService assessments, ReportService reports, AccessApi access) {
        this.assessments = assessments;
        this.reports = reports;
        this.access = access;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "dossiers");
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        return show(id, model, Map.of(), null, FormErrors.none());
    }

    @PostMapping
    String save(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        List<ItemFinding> items = new ArrayList<>();
        for (WardItem item : WardItem.values()) {
            int n = item.number();
            items.add(new ItemFinding(item, form.get("findings-" + n), form.get("evidence-" + n),
                    form.get("conclusion-" + n)));
        }
        Integer version = parseVersion(form.get("version"));
        try {
            assessments.save(id, new AssessmentService.Input(items, version));
        } catch (InvalidInputException e) {
            return show(id, model, form, null, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return show(id, model, form, e.getMessage(), FormErrors.none());
        }
        redirect.addFlashAttribute("flash", "Đã lưu đánh giá bốn nội dung.");
        return "redirect:/dossiers/" + id + "/assessment";
    }

    @PostMapping("/report")
    String draftReport(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            DocumentView doc = reports.draft(id);
            redirect.addFlashAttribute("flash",
                    "Đã soạn dự thảo báo cáo Mẫu 03. Xem trước và chuyển lãnh đạo ban hành.");
            redirect.addFlashAttribute("draftId", doc.id());
        } catch (InvalidInputException e) {
            return show(id, model, Map.of(), "Chưa soạn được báo cáo: hãy hoàn thành bốn nội dung.",
                    FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dossiers/" + id + "/assessment";
    }

    @PostMapping("/report/issue")
    String issueReport(@PathVariable long id, RedirectAttributes redirect) {
        try {
            IssuedDocument issued = reports.issue(id);
            redirect.addFlashAttribute("flash", "Đã ban hành báo cáo số " + issued.number()
                    + "; hồ sơ chuyển sang bước «Đã ban hành báo cáo».");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dossiers/" + id + "/assessment";
    }

    private String show(long id, Model model, Map<String, String> typed, String error, Map<String, String> errors) {
        AssessmentView view = assessments.view(id);
        model.addAttribute("a", view);
        model.addAttribute("d", view.dossier());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("mayPackage", AssessmentPermissions.mayDownloadPackage(access.currentUser())
                && PackageService.PACKABLE.contains(view.dossier().status()));
        if (error != null) {
            model.addAttribute("error", error);
        }
        return PAGE;
    }

    private static Integer parseVersion(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
