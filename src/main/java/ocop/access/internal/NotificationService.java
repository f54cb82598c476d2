package ocop.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.access.Notifications;
import ocop.access.Role;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications (thông báo) stored per recipient in access.notification, in the caller's transaction, with the
 * sender (the signed-in person's full name; the system actor's label for jobs or when nobody is signed in); the e-mail
 * copy is handed to {@link NotificationMailer} after commit.
 */
@Service
class NotificationService implements Notifications {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String RECIPIENTS = """
            SELECT u.id, s.email, COALESCE(s.by_email, true) AS by_email
              FROM access.app_user u LEFT JOIN access.notification_setting s ON s.user_id = u.id
             WHERE u.enabled AND %s""";

    private final JdbcClient jdbc;
    private final AccessApi access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(JdbcClient jdbc, AccessApi access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    private record Recipient(long id, String email, boolean byEmail) {
    }

    @Override
    @Transactional
    public int notifyRole(Role role, String unitCode, Notice notice) {
        return deliver(jdbc.sql(RECIPIENTS.formatted("u.role = :role AND u.unit_code = :unit"))
                .param("role", role.name()).param("unit", unitCode).query(Recipient.class).list(), notice, null);
    }

    @Override
    @Transactional
    public int notifyProducer(long producerId, String fallbackEmail, Notice notice) {
        return deliver(jdbc.sql(RECIPIENTS.formatted("u.role = 'PRODUCER' AND u.producer_id = :producer"))
                .param("producer", producerId).query(Recipient.class).list(), notice, fallbackEmail);
    }

    @Override
    @Transactional
    public int notifyUser(String username, Notice notice) {
        return deliver(jdbc.sql(RECIPIENTS.formatted("lower(u.username) = lower(:username)"))
                .param("username", username).query(Recipient.class).list(), notice, null);
    }

    private int deliver(List<Recipient> recipients, Notice notice, String fallbackEmail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String sender = access.currentUserIfAny().map(CurrentUser::displayName).orElse(CurrentUser.SYSTEM_LABEL);
        List<String> emails = new ArrayList<>();
        for (Recipient r : recipients) {
            jdbc.sql("""
                    INSERT INTO access.notification (user_id, title, body, link, sender, created_at)
                    VALUES (:user, :title, :body, :link, :sender, :at)""")
                    .param("user", r.id()).param("title", notice.title()).param("body", notice.body())
                    .param("link", notice.link()).param("sender", sender).param("at", now).update();
            if (r.byEmail() && r.email() != null && !r.email().isBlank()) {
                emails.add(r.email());
            }
        }
        if (emails.isEmpty() && fallbackEmail != null && EMAIL.matcher(fallbackEmail.strip()).matches()) {
            emails.add(fallbackEmail.strip());
        }
        if (!emails.isEmpty()) {
            events.publishEvent(new NotificationMailRequested(List.copyOf(emails), notice));
        }
        return recipients.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> mine(boolean unreadOnly, int limit) {
        return jdbc.sql("""
                SELECT id, title, body, link, sender, created_at, read_at FROM access.notification
                 WHERE user_id = :user AND (:all OR read_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("user", me().id()).param("all", !unreadOnly).param("limit", Math.max(1, Math.min(limit, 200)))
                .query(Notification.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int unreadCount() {
        return jdbc.sql("SELECT count(*) FROM access.notification WHERE user_id = :user AND read_at IS NULL")
                .param("user", me().id()).query(Integer.class).single();
    }

    @Override
    @Transactional
    public void markRead(long id) {
        int changed = jdbc.sql("""
                UPDATE access.notification SET read_at = COALESCE(read_at, :now) WHERE id = :id AND user_id = :user""")
                .param("now", OffsetDateTime.now(clock)).param("id", id).param("user", me().id()).update();
        if (changed == 0) {
            throw new NotFoundException("Không tìm thấy thông báo.");
        }
    }

    @Override
    @Transactional
    public void markAllRead() {
        jdbc.sql("UPDATE access.notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("user", me().id()).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> myEmail() {
        return jdbc.sql("SELECT email FROM access.notification_setting WHERE user_id = :user AND email IS NOT NULL")
                .param("user", me().id()).query(String.class).optional();
    }

    @Override
    @Transactional
    public void setMyEmail(String email) {
        String value = email == null || email.isBlank() ? null : email.strip();
        if (value != null && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            throw new InvalidInputException("email", "Địa chỉ e-mail không hợp lệ (ví dụ: ten@example.vn).");
        }
        jdbc.sql("""
                INSERT INTO access.notification_setting (user_id, email, updated_at) VALUES (:user, :email, :now)
                ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, updated_at = EXCLUDED.updated_at""")
                .param("user", me().id()).param("email", value).param("now", OffsetDateTime.now(clock)).update();
    }

    private CurrentUser me() {
        return access.currentUser();
    }
}
