package ocop.access;

import java.util.List;

/**
 * The audit trail (nhật ký thay đổi). Call {@link #record} in the same transaction as the change; the actor is
 * the signed-in user, the system actor of scheduled jobs, or "system" when nobody is signed in (both read
 * {@value CurrentUser#SYSTEM_LABEL}, {@link AuditEntry#actorLabel()}). {@code before}/{@code after} are serialised
 * to JSON.
 */
public interface AuditTrail {

    void record(String entityType, Object entityId, String unitCode, AuditAction action, Object before, Object after);

    List<AuditEntry> history(String entityType, Object entityId);

    enum AuditAction { CREATE, UPDATE, DELETE, UPLOAD, IMPORT, SIGN_IN }
}
