package ocop.access.internal;

import java.util.List;
import ocop.access.AccessApi;
import ocop.access.AuditEntry;
import ocop.access.AuditTrail;
import ocop.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Stores the audit trail in access.audit_entry, in the caller's transaction. */
@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AccessApi access;
    private final java.time.Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, AccessApi access, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public void record(String entityType, Object entityId, String unitCode, AuditAction action, Object before,
                       Object after) {
        CurrentUser user = access.currentUserIfAny().orElse(null);
        jdbc.sql("""
                INSERT INTO access.audit_entry (actor, actor_role, unit_code, entity_type, entity_id, action,
                                                before_json, after_json)
                VALUES (:actor, :role, :unit, :type, :id, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))
                """)
                .param("actor", user == null ? "system" : user.username())
                .param("role", user == null ? null : user.role().name())
                .param("unit", unitCode)
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("action", action.name())
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    @Override
    public List<AuditEntry> history(String entityType, Object entityId) {
        return jdbc.sql("""
                SELECT id, at, actor, actor_role, entity_type, entity_id, action,
                       before_json::text AS before_json, after_json::text AS after_json
                  FROM access.audit_entry WHERE entity_type = :type AND entity_id = :id ORDER BY at DESC, id DESC
                """)
                .param("type", entityType).param("id", String.valueOf(entityId))
                .query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                        rs.getString("actor"), rs.getString("actor_role"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("action"), rs.getString("before_json"),
                        rs.getString("after_json")))
                .list();
    }
}
