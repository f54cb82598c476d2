package ocop.inspection.web.candidates;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ocop.inspection.Candidate;
import ocop.inspection.CandidateKind;
import ocop.inspection.CandidateLists;
import ocop.inspection.PlanView;
import ocop.inspection.internal.candidates.PlanSeedResult;
import ocop.inspection.internal.candidates.PlanSeeding;
import ocop.inspection.internal.candidates.ScopeNames;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trang danh sách rà soát: one tab per list with its count, a table that turns into cards, the XLSX download, and for
 * those who write inspections a tick per row and the form "Đưa vào kế hoạch kiểm tra" ({@link PlanSeeding}); on
 * success it goes to the plan's page, on an error it shows the page again with the message and the ticks kept.
 */
@Controller
class CandidatePageController {

    private final CandidateLists lists;
    private final PlanSeeding seeding;
    private final ScopeNames scopes;
    private final Clock clock;

    CandidatePageController(CandidateLists lists, PlanSeeding seeding, ScopeNames scopes, Clock clock) {
        this.lists = lists;
        this.seeding = seeding;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/candidates")
    String first(Model model) {
        return page(CandidateKind.READY, null, FormErrors.none(), model);
    }

    @GetMapping("/candidates/{kind}")
    String list(@PathVariable String kind, Model model) {
        return page(CandidateApiController.kind(kind), null, FormErrors.none(), model);
    }

    @PostMapping("/candidates/{kind}/plan")
    String seed(@PathVariable String kind, @RequestParam(required = false) List<Long> productIds,
            @RequestParam(required = false) String target, @RequestParam(required = false) String planId,
            @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String title, @RequestParam(required = false) String plannedOn,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CandidateKind k = CandidateApiController.kind(kind);
        SeedForm form = new SeedForm(productIds, target, planId, year, quarter, title, plannedOn);
        try {
            PlanSeedResult result = seeding.seed(k, form.toRequest());
            redirect.addFlashAttribute("flash", result.summary());
            return "redirect:/inspections/plans/" + result.planId();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(k, form, FormErrors.of(e.errors()), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(k, form, FormErrors.of(List.of(new FieldError(e.field(), e.getMessage()))), model);
        } catch (NotFoundException e) {
            response.setStatus(404);
            return page(k, form, FormErrors.of(List.of(new FieldError("planId", e.getMessage()))), model);
        }
    }

    private String page(CandidateKind kind, SeedForm form, Map<String, String> errors, Model model) {
        Map<CandidateKind, List<Candidate>> all = new EnumMap<>(CandidateKind.class);
        for (CandidateKind k : CandidateKind.values()) {
            all.put(k, lists.list(k));
        }
        model.addAttribute("section", "inspections");
        model.addAttribute("kinds", CandidateKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("all", all);
        model.addAttribute("rows", all.get(kind));
        model.addAttribute("scopeName", scopes.current());
        model.addAttribute("today", LocalDate.now(clock));
        boolean maySeed = seeding.maySeed();
        model.addAttribute("maySeed", maySeed);
        if (maySeed) {
            List<PlanView> drafts = seeding.draftPlans();
            model.addAttribute("drafts", drafts);
            model.addAttribute("seed", form != null ? form : SeedForm.offered(seeding.proposal(kind),
                    drafts.isEmpty() ? null : drafts.get(0).id()));
            model.addAttribute("errors", errors);
        }
        return "inspection/candidates/list";
    }
}
