package ocop.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import ocop.access.Notifications;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for the signed-in person's notifications (thông báo). */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Thông báo", description = "Thông báo trong ứng dụng của người đang đăng nhập")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "Thông báo của tôi, mới trước (unread=true: chỉ thông báo chưa đọc)")
    List<Notifications.Notification> mine(@RequestParam(defaultValue = "false") boolean unread,
                                          @RequestParam(defaultValue = "50") int limit) {
        return notifications.mine(unread, limit);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "Số thông báo chưa đọc")
    Map<String, Integer> unreadCount() {
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Đánh dấu một thông báo là đã đọc")
    void read(@PathVariable long id) {
        notifications.markRead(id);
    }

    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Đánh dấu tất cả thông báo là đã đọc")
    void readAll() {
        notifications.markAllRead();
    }
}
