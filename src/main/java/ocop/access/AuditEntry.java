package ocop.access;

import java.time.OffsetDateTime;

/** One line of the audit trail (nhật ký thay đổi): who did what to which record, with before and after (JSON). */
public record AuditEntry(long id, OffsetDateTime at, String actor, String actorRole, String entityType,
                         String entityId, String action, String beforeJson, String afterJson) {

    /**
     * Who did it, as people read it: the account name, or {@value CurrentUser#SYSTEM_LABEL} for the system actor of
     * scheduled jobs (and for work done with nobody signed in, recorded as {@value CurrentUser#SYSTEM_USERNAME}).
     */
    public String actorLabel() {
        boolean system = Role.SYSTEM.name().equals(actorRole)
                || actorRole == null && CurrentUser.SYSTEM_USERNAME.equals(actor);
        return system ? CurrentUser.SYSTEM_LABEL : actor;
    }
}
