package ocop.dossier.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ocop.dossier.domain.DossierSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The submitted versions of dossiers (các lần nộp): one jsonb snapshot each, numbered per dossier. */
@Component
class DossierVersions {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    int nextNumber(long dossierId) {
        return jdbc.sql("SELECT COALESCE(max(number), 0) + 1 FROM dossier.dossier_version WHERE dossier_id = :d")
                .param("d", dossierId).query(Integer.class).single();
    }

    void insert(long dossierId, DossierSnapshot snapshot, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO dossier.dossier_version (dossier_id, number, action, snapshot, created_by, created_at)
                VALUES (:d, :n, :action, CAST(:snapshot AS jsonb), :by, :at)""")
                .param("d", dossierId).param("n", snapshot.number()).param("action", snapshot.action())
                .param("snapshot", json.writeValueAsString(snapshot)).param("by", snapshot.actor()).param("at", at)
                .update();
    }

    List<VersionInfo> list(long dossierId) {
        return jdbc.sql("""
                SELECT number, action, created_by, created_at FROM dossier.dossier_version WHERE dossier_id = :d
                 ORDER BY number""").param("d", dossierId).query(VersionInfo.class).list();
    }

    Optional<DossierSnapshot> get(long dossierId, int number) {
        return jdbc.sql("SELECT snapshot::text FROM dossier.dossier_version WHERE dossier_id = :d AND number = :n")
                .param("d", dossierId).param("n", number).query(String.class).optional()
                .map(text -> json.readValue(text, DossierSnapshot.class));
    }
}
