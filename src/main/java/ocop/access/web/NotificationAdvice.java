package ocop.access.web;

import ocop.access.AccessApi;
import ocop.access.Notifications;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person's unread notification count ({@code unreadNotifications}) on every page. */
@ControllerAdvice
class NotificationAdvice {

    private final AccessApi access;
    private final Notifications notifications;

    NotificationAdvice(AccessApi access, Notifications notifications) {
        this.access = access;
        this.notifications = notifications;
    }

    @ModelAttribute
    void unread(Model model) {
        if (access.currentUserIfAny().isPresent()) {
            model.addAttribute("unreadNotifications", notifications.unreadCount());
        }
    }
}
