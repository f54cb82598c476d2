package ocop.access.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Đăng nhập), with a Vietnamese reason when sign-in failed or is throttled. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("loginError", last instanceof LockedException locked ? locked.getMessage()
                    : last instanceof AuthenticationException ? "Tên đăng nhập hoặc mật khẩu không đúng."
                    : "Đăng nhập không thành công.");
        }
        return "access/login";
    }
}
