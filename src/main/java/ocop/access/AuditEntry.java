package ocop.access;

import java.time.OffsetDateTime;

/** One line of the audit trail (nhật ký thay đổi): who did what to which record, with before and after (JSON). */
public record AuditEntry(long id, OffsetDateTime at, String actor, String actorRole, String entityType,
                         String entityId, String action, String beforeJson, String afterJson) {
}
