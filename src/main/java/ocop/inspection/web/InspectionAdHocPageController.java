package ocop.inspection.web;

import java.util.LinkedHashMap;
import java.util.Map;
import ocop.inspection.AdHocReason;
import ocop.inspection.AdHocRequestView;
import ocop.inspection.InspectionApi;
import ocop.inspection.VisitView;
import ocop.system.FormErrors;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Kiểm tra đột xuất from the overview: raise a request for a ranked product of the scope (a complaint or another
 * reason), which then waits in the list; or raise it and start the visit at once ("Bắt đầu kiểm tra ngay"). Errors
 * come back on the overview next to the fields, with what was typed.
 */
@Controller
@RequestMapping("/inspections/requests")
class InspectionAdHocPageController {

    private final InspectionApi api;
    private final InspectionPageAccess pages;
    private final OverviewPage overview;

    InspectionAdHocPageController(InspectionApi api, InspectionPageAccess pages, OverviewPage overview) {
        this.api = api;
        this.pages = pages;
        this.overview = overview;
    }

    /** {@code start} present: the "Bắt đầu kiểm tra ngay" button. */
    @PostMapping
    String raise(@ModelAttribute("adHoc") AdHocForm form, BindingResult binding,
                 @RequestParam(required = false) String start, Model model, RedirectAttributes redirect) {
        pages.requireOfficial();
        if (!pages.writesInScope()) {
            throw new ForbiddenException("Bạn không được đề nghị kiểm tra đột xuất.");
        }
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
        if (form.reason() == AdHocReason.EXPIRED_CERTIFICATE) {
            errors.putIfAbsent("reason", "Yêu cầu do giấy chứng nhận hết hiệu lực được hệ thống tự lập. "
                    + "Chọn phản ánh, khiếu nại hoặc lý do khác.");
        }
        if (form.productId() != null && !overview.choices().containsKey(form.productId())) {
            errors.putIfAbsent("productId", "Chọn một sản phẩm đã được công nhận của phường trong danh sách.");
        }
        if (!errors.isEmpty()) {
            return overview.render(null, form, errors, model);
        }
        try {
            if (start != null) {
                VisitView visit = api.raiseAndStart(form.input());
                return "redirect:/inspections/visits/" + visit.id();
            }
            AdHocRequestView request = api.raiseAdHoc(form.input());
            redirect.addFlashAttribute("flash", "Đã lập yêu cầu kiểm tra đột xuất sản phẩm “"
                    + request.productName() + "”.");
            return "redirect:/inspections#requests-title";
        } catch (InvalidInputException e) {
            return overview.render(null, form, FormErrors.of(e.errors()), model);
        }
    }
}
