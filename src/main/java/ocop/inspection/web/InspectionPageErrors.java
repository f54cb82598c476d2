package ocop.inspection.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ocop.system.ConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A conflict on an inspection page (a plan or action changed by someone else since the page was read, a visit
 * already submitted): a 409 page in plain words with the way back, instead of an error. Not-found and forbidden
 * are the application's error pages.
 */
@ControllerAdvice(assignableTypes = {InspectionPlanPageController.class, InspectionVisitPageController.class,
        InspectionEvidencePageController.class, InspectionPhotoPageController.class,
        InspectionAdHocPageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class InspectionPageErrors {

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("back", back(request.getHeader("Referer")));
        model.addAttribute("status", 409);
        model.addAttribute("errorTitle", "Xung đột dữ liệu");
        model.addAttribute("detail", e.getMessage());
        model.addAttribute("section", "inspections");
        return "inspection/conflict";
    }

    /** The inspection page the user came from (to reload it), else the overview. */
    static String back(String referer) {
        try {
            String path = referer == null ? null : java.net.URI.create(referer).getPath();
            return path != null && path.startsWith("/inspections") ? path : "/inspections";
        } catch (IllegalArgumentException e) {
            return "/inspections";
        }
    }
}
