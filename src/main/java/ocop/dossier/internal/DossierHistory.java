package ocop.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import ocop.access.CurrentUser;
import ocop.dossier.DossierStatus;
import ocop.dossier.ReturnReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The dated history of a dossier's moves (quá trình xử lý hồ sơ): action, states, note, reasons, who, when. */
@Component
class DossierHistory {

    private static final TypeReference<List<ReturnReason>> REASONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(long dossierId, String action, DossierStatus from, DossierStatus to, String note,
                List<ReturnReason> reasons, CurrentUser user, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO dossier.dossier_event (dossier_id, action, from_status, to_status, note, reasons, actor,
                                                   actor_role, at)
                VALUES (:id, :action, :from, :to, :note, CAST(:reasons AS jsonb), :actor, :role, :at)""")
                .param("id", dossierId).param("action", action).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("note", note)
                .param("reasons", reasons == null || reasons.isEmpty() ? null : json.writeValueAsString(reasons))
                .param("actor", user.username()).param("role", user.role().name()).param("at", at).update();
    }

    List<HistoryEntry> of(long dossierId) {
        return jdbc.sql("""
                SELECT action, from_status, to_status, note, reasons::text AS reasons, actor, actor_role, at
                  FROM dossier.dossier_event WHERE dossier_id = :id ORDER BY at, id""")
                .param("id", dossierId).query(this::map).list();
    }

    /** The reasons of the latest return, when the dossier is now returned. */
    List<ReturnReason> lastReturn(long dossierId) {
        return jdbc.sql("""
                SELECT reasons::text FROM dossier.dossier_event WHERE dossier_id = :id AND action = 'RETURN'
                 ORDER BY at DESC, id DESC LIMIT 1""").param("id", dossierId).query(String.class).optional()
                .map(text -> json.readValue(text, REASONS)).orElse(List.of());
    }

    private HistoryEntry map(ResultSet rs, int i) throws SQLException {
        String from = rs.getString("from_status");
        String reasons = rs.getString("reasons");
        return new HistoryEntry(rs.getString("action"), from == null ? null : DossierStatus.valueOf(from),
                DossierStatus.valueOf(rs.getString("to_status")), rs.getString("note"),
                reasons == null ? List.of() : json.readValue(reasons, REASONS), rs.getString("actor"),
                rs.getString("actor_role"), rs.getObject("at", OffsetDateTime.class));
    }
}
