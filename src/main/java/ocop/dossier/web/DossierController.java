package ocop.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.EvaluationRounds;
import ocop.dossier.internal.DashboardService;
import ocop.dossier.internal.DossierService;
import ocop.dossier.internal.NewDossier;
import ocop.registry.RegistryApi;
import ocop.system.ConflictException;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of dossiers (Hồ sơ OCOP): the ward's dashboard (by state, waiting on whom, days left, next cut-off) or the
 * producer's (my dossiers, what is asked of me), opening a dossier, and the dossier page.
 */
@Controller
@RequestMapping("/dossiers")
class DossierController {

    private final DashboardService dashboards;
    private final DossierService dossiers;
    private final DossierPages pages;
    private final RegistryApi registry;
    private final EvaluationRounds rounds;
    private final AccessApi access;
    private final java.time.Clock clock;

    DossierController(DashboardService dashboards, DossierService dossiers, DossierPages pages, RegistryApi registry,
                      EvaluationRounds rounds, AccessApi access, java.time.Clock clock) {
        this.dashboards = dashboards;
        this.dossiers = dossiers;
        this.pages = pages;
        this.registry = registry;
        this.rounds = rounds;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) DossierStatus status, Model model) {
        CurrentUser me = access.currentUser();
        model.addAttribute("section", "dossiers");
        if (me.is(Role.PRODUCER)) {
            model.addAttribute("board", dashboards.producer());
            return "dossier/mine";
        }
        model.addAttribute("board", dashboards.officer());
        model.addAttribute("status", status);
        model.addAttribute("statuses", DossierStatus.values());
        List<DossierSummary> list = status == null ? List.of() : dossiers.list(List.of(status), null);
        model.addAttribute("list", list);
        model.addAttribute("mayOpen", me.is(Role.WARD_OFFICER, Role.ADMIN));
        return "dossier/dashboard";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long product, @RequestParam(required = false) DossierKind kind,
                   Model model) {
        return form(new NewDossier(product, kind == null ? DossierKind.FIRST : kind, null, null), FormErrors.none(), model);
    }

    @PostMapping
    String create(@RequestParam(required = false) Long productId, @RequestParam(required = false) DossierKind kind,
                  @RequestParam(required = false) String round, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Integer year = null;
        Integer number = null;
        if (round != null && round.contains("/")) {
            number = DossierPages.integer(round.substring(0, round.indexOf('/')));
            year = DossierPages.integer(round.substring(round.indexOf('/') + 1));
        }
        NewDossier input = new NewDossier(productId, kind, year, number);
        try {
            DossierSummary created = dossiers.create(input);
            redirect.addFlashAttribute("flash", "Đã lập hồ sơ cho sản phẩm " + created.productName() + ".");
            return "redirect:/dossiers/" + created.id();
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(DossierPages.status(e));
            return form(input, DossierPages.errors(e), model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return pages.detail(id, model, FormErrors.none());
    }

    private String form(NewDossier input, java.util.Map<String, String> errors, Model model) {
        model.addAttribute("form", input);
        model.addAttribute("product", input.productId() == null ? null : registry.product(input.productId()).orElse(null));
        EvaluationRounds.NextCutOff next = rounds.next(java.time.LocalDate.now(clock));
        model.addAttribute("roundChoices", RoundChoices.from(rounds, next));
        model.addAttribute("kinds", DossierKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("section", "dossiers");
        return "dossier/new";
    }
}
