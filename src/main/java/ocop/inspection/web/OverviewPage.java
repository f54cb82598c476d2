package ocop.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import ocop.inspection.ActionView;
import ocop.inspection.InspectionApi;
import ocop.registry.ProductSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The overview's model: the plans of a year, the waiting ad-hoc requests, the open corrective actions, and for
 * writers the "Kiểm tra đột xuất" form with what was typed and its errors. For a user of more than one ward (province,
 * admin) each product is named with its ward.
 */
@Component
class OverviewPage {

    private final InspectionApi api;
    private final InspectionPageAccess pages;
    private final WardProducts products;
    private final Clock clock;

    OverviewPage(InspectionApi api, InspectionPageAccess pages, WardProducts products, Clock clock) {
        this.api = api;
        this.pages = pages;
        this.products = products;
        this.clock = clock;
    }

    /** {@code year} absent: this year; empty: every year. */
    String render(String year, AdHocForm adHoc, Map<String, String> errors, Model model) {
        pages.requireOfficial();
        int thisYear = LocalDate.now(clock).getYear();
        Integer chosen = year == null ? Integer.valueOf(thisYear) : year.isBlank() ? null : parse(year, thisYear);
        List<ActionView> actions = api.openActions();
        boolean mayWrite = pages.writesInScope();
        model.addAttribute("section", "inspections");
        model.addAttribute("year", chosen);
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 3, thisYear + 1).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("plans", api.plans(chosen));
        model.addAttribute("requests", api.waitingRequests());
        model.addAttribute("actions", actions);
        model.addAttribute("overdue", actions.stream().filter(ActionView::overdue).count());
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("adHoc", adHoc);
        model.addAttribute("reasons", AdHocForm.REASONS);
        model.addAttribute("adHocProducts", mayWrite ? choices() : Map.of());
        model.addAttribute("errors", errors);
        return "inspection/overview";
    }

    /** The products an ad-hoc inspection may be raised for: id → the label of the select. */
    Map<Long, String> choices() {
        List<ProductSummary> all = products.inScope();
        boolean severalWards = all.stream().map(ProductSummary::unitCode).distinct().count() > 1;
        Map<String, String> wardNames = new LinkedHashMap<>();
        Map<Long, String> choices = new LinkedHashMap<>();
        for (ProductSummary p : all) {
            StringBuilder label = new StringBuilder(p.name()).append(" — ").append(p.producerName());
            if (p.currentStars() != null) {
                label.append(" (").append(p.currentStars()).append("★)");
            }
            if (p.status() == ocop.registry.OcopStatus.EXPIRED) {
                label.append(" · hết hiệu lực");
            }
            if (severalWards) {
                label.append(" · ").append(wardNames.computeIfAbsent(p.unitCode(), pages::unitName));
            }
            choices.put(p.id(), label.toString());
        }
        return choices;
    }

    private static Integer parse(String year, int fallback) {
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
