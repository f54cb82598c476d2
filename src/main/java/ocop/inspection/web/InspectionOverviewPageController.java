package ocop.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import ocop.inspection.InspectionApi;
import ocop.system.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Kiểm tra, giám sát: the plans of a year, the ad-hoc requests waiting for a visit (and the form to raise one), the
 * open corrective actions (overdue first to the eye), and the inspector's "Hôm nay" view on the phone.
 */
@Controller
@RequestMapping("/inspections")
class InspectionOverviewPageController {

    private final OverviewPage overview;
    private final InspectionApi api;
    private final InspectionPageAccess pages;
    private final Clock clock;

    InspectionOverviewPageController(OverviewPage overview, InspectionApi api, InspectionPageAccess pages,
                                     Clock clock) {
        this.overview = overview;
        this.api = api;
        this.pages = pages;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "inspections");
    }

    /** {@code year} absent: this year; empty: every year. */
    @GetMapping
    String overview(@RequestParam(required = false) String year, Model model) {
        return overview.render(year, AdHocForm.empty(), FormErrors.none(), model);
    }

    /** Việc hôm nay: planned visits of the day, drafts in progress, waiting requests, with big start buttons. */
    @GetMapping("/today")
    String today(Model model) {
        pages.requireOfficial();
        model.addAttribute("day", api.today(LocalDate.now(clock)));
        model.addAttribute("mayWrite", pages.writesInScope());
        return "inspection/today";
    }
}
