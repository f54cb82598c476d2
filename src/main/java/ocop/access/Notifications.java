package ocop.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * In-app notifications (thông báo trong ứng dụng): other modules tell the accounts of a role in a unit, a producer's
 * own accounts or one person that something waits on them; each notice has a title, a body and a link into the app,
 * and records who sent it (the signed-in person, or the system actor of scheduled jobs).
 * When an SMTP server is configured ({@code spring.mail.host}) the notice is also sent by e-mail, after the caller's
 * transaction commits, to the addresses people gave on their notifications page.
 */
public interface Notifications {

    /** What to tell: a short title, an optional body and an optional link (a path of this application). */
    record Notice(String title, String body, String link) {

        public Notice {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("title");
            }
        }
    }

    /**
     * One notification as its recipient sees it; {@code sender} is who caused it (the acting person's full name, or
     * {@value CurrentUser#SYSTEM_LABEL} for scheduled jobs), null on notifications older than that record.
     */
    record Notification(long id, String title, String body, String link, String sender, OffsetDateTime createdAt,
                        OffsetDateTime readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    /**
     * Tells every enabled account of {@code role} in {@code unitCode} (for {@link Role#PROVINCE_OFFICER}: the
     * province code). Returns how many accounts were told.
     */
    int notifyRole(Role role, String unitCode, Notice notice);

    /**
     * Tells the accounts of a producer (chủ thể). {@code fallbackEmail} (e.g. the producer's e-mail in the registry)
     * is used for the e-mail when none of its accounts gave an address; may be null.
     */
    int notifyProducer(long producerId, String fallbackEmail, Notice notice);

    /** Tells one account by its user name (0 when there is no such enabled account). */
    int notifyUser(String username, Notice notice);

    /** The signed-in person's notifications, newest first. */
    List<Notification> mine(boolean unreadOnly, int limit);

    int unreadCount();

    /** Marks one of the signed-in person's notifications read; 404 when it is not theirs. */
    void markRead(long id);

    void markAllRead();

    /** The signed-in person's e-mail address for notices, if given. */
    Optional<String> myEmail();

    /** Sets (or, with null or blank, clears) the signed-in person's e-mail address for notices. */
    void setMyEmail(String email);
}
