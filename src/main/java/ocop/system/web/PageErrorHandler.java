package ocop.system.web;

import jakarta.servlet.http.HttpServletResponse;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Errors on HTML pages: a calm page in the layout with a Vietnamese message and the right status code. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, "Không tìm thấy", e.getMessage(), model, response);
    }

    @ExceptionHandler({ForbiddenException.class, org.springframework.security.access.AccessDeniedException.class})
    String forbidden(RuntimeException e, Model model, HttpServletResponse response) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "Bạn không có quyền truy cập trang này.";
        return page(403, "Không có quyền", detail, model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String stale(OptimisticLockingFailureException e, Model model, HttpServletResponse response) {
        return page(409, "Xung đột dữ liệu",
                "Bản ghi vừa được người khác thay đổi. Hãy quay lại, tải lại trang và nhập lại thay đổi.", model, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, Model model, HttpServletResponse response) {
        return page(400, "Tệp quá lớn", "Tệp tải lên vượt quá dung lượng cho phép (10 MB).", model, response);
    }

    private static String page(int status, String title, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("errorTitle", title);
        model.addAttribute("detail", detail);
        return "error/problem";
    }
}
