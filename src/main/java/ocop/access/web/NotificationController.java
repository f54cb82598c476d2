package ocop.access.web;

import ocop.access.Notifications;
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

/** The signed-in person's notifications page (Thông báo): list, open (marks read), mark all read, e-mail address. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private static final String PAGE = "access/notifications";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean unread, Model model) {
        return page(unread, notifications.myEmail().orElse(""), FormErrors.none(), model);
    }

    /** Opens a notification: marks it read and follows its link (only links inside the application). */
    @GetMapping("/{id}")
    String open(@PathVariable long id) {
        notifications.markRead(id);
        String link = notifications.mine(false, 200).stream().filter(n -> n.id() == id).findFirst()
                .map(Notifications.Notification::link).orElse(null);
        boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        return "redirect:" + (local ? link : "/notifications");
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("flash", "Đã đánh dấu tất cả thông báo là đã đọc.");
        return "redirect:/notifications";
    }

    @PostMapping("/email")
    String email(@RequestParam(required = false) String email, Model model, RedirectAttributes redirect) {
        try {
            notifications.setMyEmail(email);
        } catch (InvalidInputException e) {
            return page(false, email, FormErrors.of(e.errors()), model);
        }
        redirect.addFlashAttribute("flash", email == null || email.isBlank() ? "Đã tắt nhận thông báo qua e-mail."
                : "Đã lưu địa chỉ e-mail nhận thông báo.");
        return "redirect:/notifications";
    }

    private String page(boolean unread, String email, java.util.Map<String, String> errors, Model model) {
        model.addAttribute("items", notifications.mine(unread, 100));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", notifications.unreadCount());
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "notifications");
        return PAGE;
    }
}
