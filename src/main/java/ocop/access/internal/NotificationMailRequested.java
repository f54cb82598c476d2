package ocop.access.internal;

import java.util.List;
import ocop.access.Notifications.Notice;

/** A notice to send by e-mail once the transaction that created it has committed (yêu cầu gửi thư thông báo). */
record NotificationMailRequested(List<String> to, Notice notice) {
}
