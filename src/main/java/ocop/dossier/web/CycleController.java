package ocop.dossier.web;

import ocop.dossier.internal.intake.CycleService;
import ocop.dossier.internal.intake.IntakeService;
import ocop.dossier.internal.intake.PlanService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.dossier.internal.ClassificationOptions;
import ocop.registry.ProductView;
import ocop.system.ConflictException;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of intake and the cycle (đăng ký ý tưởng, chu trình OCOP): register a product idea or an existing product, a
 * product's cycle page ("Chu trình OCOP") with the ward's decisions and the business plan.
 */
@Controller
class CycleController {

    private final CycleService cycles;
    private final IntakeService intake;
    private final PlanService plans;
    private final ClassificationOptions classification;
    private final AccessApi access;

    CycleController(CycleService cycles, IntakeService intake, PlanService plans, ClassificationOptions classification,
                    AccessApi access) {
        this.cycles = cycles;
        this.intake = intake;
        this.plans = plans;
        this.classification = classification;
        this.access = access;
    }

    @GetMapping("/products/{id}/cycle")
    String cycle(@PathVariable long id, Model model) {
        return page(id, FormErrors.none(), model);
    }

    @PostMapping("/products/{id}/cycle/plan")
    String plan(@PathVariable long id, @RequestParam(required = false) String summary,
                @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer version,
                Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            plans.submitPlan(id, summary, file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getBytes(), version);
            redirect.addFlashAttribute("flash", "Đã nộp phương án sản xuất kinh doanh; cán bộ đã được thông báo.");
            return "redirect:/products/" + id + "/cycle";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(DossierPages.status(e));
            return page(id, DossierPages.errors(e), model);
        }
    }

    @GetMapping("/products/{id}/cycle/plan-file")
    ResponseEntity<byte[]> planFile(@PathVariable long id) {
        return Downloads.of(plans.planFile(id));
    }

    @PostMapping("/products/{id}/cycle/{decision}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            intake.decide(id, IntakeApiController.decision(decision), note, version);
            redirect.addFlashAttribute("flash", "Đã ghi nhận quyết định; chủ thể đã được thông báo.");
            return "redirect:/products/" + id + "/cycle";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(DossierPages.status(e));
            return page(id, DossierPages.errors(e), model);
        }
    }

    @GetMapping("/ideas/new")
    String ideaForm(@RequestParam(required = false) Long producer, Model model) {
        Long producerId = producer != null ? producer : access.currentUser().producerId();
        return ideaPage(new IntakeService.Registration(producerId, null, null, null, null, null, false),
                FormErrors.none(), model);
    }

    @PostMapping("/ideas")
    String register(@ModelAttribute IntakeService.Registration form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            ProductView product = intake.register(form);
            redirect.addFlashAttribute("flash", "Đã đăng ký sản phẩm " + product.name() + ".");
            return "redirect:/products/" + product.id() + "/cycle";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(DossierPages.status(e));
            return ideaPage(form, DossierPages.errors(e), model);
        }
    }

    private String page(long id, Map<String, String> errors, Model model) {
        model.addAttribute("v", cycles.view(id));
        model.addAttribute("steps", ocop.dossier.domain.CycleStep.values());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "dossiers");
        return "dossier/cycle";
    }

    private String ideaPage(IntakeService.Registration form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("options", classification.all());
        model.addAttribute("producerLocked", access.currentUser().producerId() != null);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "dossiers");
        return "dossier/idea-form";
    }
}
