package ocop.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import ocop.inspection.ActionView;
import ocop.inspection.InspectionApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Kiểm tra, giám sát: the plans of a year, the ad-hoc requests waiting for a visit, the open corrective actions
 * (overdue first to the eye), and the inspector's "Hôm nay" view on the phone.
 */
@Controller
@RequestMapping("/inspections")
class InspectionOverviewPageController {

    private final InspectionApi api;
    private final InspectionPageAccess pages;
    private final Clock clock;

    InspectionOverviewPageController(InspectionApi api, InspectionPageAccess pages, Clock clock) {
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
        pages.requireOfficial();
        int thisYear = LocalDate.now(clock).getYear();
        Integer chosen = year == null ? Integer.valueOf(thisYear) : year.isBlank() ? null : parse(year, thisYear);
        List<ActionView> actions = api.openActions();
        model.addAttribute("year", chosen);
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 3, thisYear + 1).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("plans", api.plans(chosen));
        model.addAttribute("requests", api.waitingRequests());
        model.addAttribute("actions", actions);
        model.addAttribute("overdue", actions.stream().filter(ActionView::overdue).count());
        model.addAttribute("mayWrite", pages.writesInScope());
        return "inspection/overview";
    }

    /** Việc hôm nay: planned visits of the day, drafts in progress, waiting requests, with big start buttons. */
    @GetMapping("/today")
    String today(Model model) {
        pages.requireOfficial();
        model.addAttribute("day", api.today(LocalDate.now(clock)));
        model.addAttribute("mayWrite", pages.writesInScope());
        return "inspection/today";
    }

    private static Integer parse(String year, int fallback) {
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
