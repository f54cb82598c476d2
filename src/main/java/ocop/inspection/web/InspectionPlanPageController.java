package ocop.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ocop.access.AuditTrail;
import ocop.access.Role;
import ocop.inspection.InspectionApi;
import ocop.inspection.PlanStatus;
import ocop.inspection.PlanView;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Kế hoạch kiểm tra: create a plan, its page with the products to visit (add from the ward's ranked products with the
 * day and inspectors, remove), approve (ward leader or province), close. A stale version is a 409 page in plain words.
 */
@Controller
@RequestMapping("/inspections/plans")
class InspectionPlanPageController {

    private final InspectionApi api;
    private final InspectionPageAccess pages;
    private final WardProducts products;
    private final WardTeam team;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionPlanPageController(InspectionApi api, InspectionPageAccess pages, WardProducts products,
                                 WardTeam team, AuditTrail audit, Clock clock) {
        this.api = api;
        this.pages = pages;
        this.products = products;
        this.team = team;
        this.audit = audit;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "inspections");
    }

    @GetMapping("/new")
    String newPlan(Model model) {
        pages.requireOfficial();
        return form(PlanForm.empty(LocalDate.now(clock).getYear()), FormErrors.none(), model);
    }

    @PostMapping
    String create(@ModelAttribute("plan") PlanForm form, BindingResult binding, Model model) {
        pages.requireOfficial();
        if (binding.hasErrors()) {
            return form(form, FormErrors.of(binding), model);
        }
        try {
            return "redirect:/inspections/plans/" + api.createPlan(form.input()).id();
        } catch (InvalidInputException e) {
            return form(form, FormErrors.of(e.errors()), model);
        }
    }

    @GetMapping("/{id}")
    String plan(@PathVariable long id, Model model) {
        return page(id, PlanItemForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @ModelAttribute("item") PlanItemForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(id, form, FormErrors.of(binding), model);
        }
        try {
            PlanView.Item item = api.addPlanItem(id, form.input(pages.me(), team.of(api.plan(id).unitCode())));
            redirect.addFlashAttribute("flash", "Đã thêm “" + item.productName() + "” vào kế hoạch.");
            return "redirect:/inspections/plans/" + id + "#items";
        } catch (InvalidInputException e) {
            return page(id, form, FormErrors.of(e.errors()), model);
        }
    }

    @PostMapping("/{id}/items/{itemId}/delete")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        api.removePlanItem(id, itemId);
        redirect.addFlashAttribute("flash", "Đã bớt sản phẩm khỏi kế hoạch.");
        return "redirect:/inspections/plans/" + id + "#items";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            api.approvePlan(id, version);
            redirect.addFlashAttribute("flash", "Đã phê duyệt kế hoạch kiểm tra.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/inspections/plans/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        api.closePlan(id, version);
        redirect.addFlashAttribute("flash", "Đã kết thúc kế hoạch kiểm tra.");
        return "redirect:/inspections/plans/" + id;
    }

    private String form(PlanForm form, Map<String, String> errors, Model model) {
        model.addAttribute("plan", form);
        model.addAttribute("errors", errors);
        model.addAttribute("province", pages.me().is(Role.PROVINCE_OFFICER));
        return "inspection/plan-form";
    }

    private String page(long id, PlanItemForm form, Map<String, String> errors, Model model) {
        PlanView plan = api.plan(id);
        boolean mayWrite = pages.mayWrite(plan.unitCode());
        model.addAttribute("plan", plan);
        model.addAttribute("planUnitName", pages.unitName(plan.unitCode()));
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("mayApprove", plan.status() == PlanStatus.DRAFT && pages.mayApprove(plan.unitCode()));
        boolean mayAdd = mayWrite && plan.status() != PlanStatus.CLOSED;
        model.addAttribute("mayAdd", mayAdd);
        model.addAttribute("mayStart", mayWrite && plan.status() == PlanStatus.APPROVED);
        model.addAttribute("products", mayAdd ? products.of(plan.unitCode()) : List.of());
        long me = pages.me().id();
        model.addAttribute("team", mayAdd
                ? team.of(plan.unitCode()).stream().filter(m -> m.id() != me).toList() : List.of());
        model.addAttribute("item", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", audit.history("inspection_plan", id));
        return "inspection/plan";
    }
}
