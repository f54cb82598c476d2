package ocop.access.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import ocop.access.Notifications.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mail copies of notifications (thư thông báo). Sends only when Spring Boot configured a {@link JavaMailSender},
 * i.e. when {@code spring.mail.host} is set; otherwise does nothing. Runs after the transaction commits, so a notice
 * of a rolled-back change is never mailed; a failing server is logged and never fails the user's action.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final JavaMailSender fixed;
    private final String from;
    private final String baseUrl;

    @Autowired
    NotificationMailer(ObjectProvider<JavaMailSender> senders, @Value("${ocop.mail.from:ocop@localhost}") String from,
                       @Value("${ocop.base-url:}") String baseUrl) {
        this.senders = senders;
        this.fixed = null;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** A mailer over a given sender (tests, tools). */
    public NotificationMailer(JavaMailSender sender, String from, String baseUrl) {
        this.senders = null;
        this.fixed = sender;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationMailRequested request) {
        send(request.to(), request.notice());
    }

    /** Sends the notice to each address; returns how many were handed to the server. */
    public int send(List<String> to, Notice notice) {
        JavaMailSender sender = fixed != null ? fixed : senders.getIfAvailable();
        if (sender == null || to.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (String address : to) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(from);
                helper.setTo(address);
                helper.setSubject("[OCOP] " + notice.title());
                helper.setText(text(notice));
                sender.send(message);
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("Notification e-mail to {} not sent: {}", address, e.getMessage());
            }
        }
        return sent;
    }

    private String text(Notice notice) {
        StringBuilder out = new StringBuilder(notice.title()).append("\n\n");
        if (notice.body() != null && !notice.body().isBlank()) {
            out.append(notice.body()).append("\n\n");
        }
        if (notice.link() != null && !notice.link().isBlank()) {
            out.append("Xem chi tiết: ").append(baseUrl == null ? "" : baseUrl.replaceAll("/+$", ""))
                    .append(notice.link()).append("\n\n");
        }
        return out.append("Thư này được gửi tự động từ hệ thống OCOP Manager, vui lòng không trả lời.").toString();
    }
}
