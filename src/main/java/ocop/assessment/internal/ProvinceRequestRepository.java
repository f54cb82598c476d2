package ocop.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code assessment.province_request} and the dossiers each lists. */
@Repository
class ProvinceRequestRepository {

    /** A request: its document, type, year, who drafted it, and its dossiers in order. */
    record Row(long id, String unitCode, String provinceCode, String documentType, long documentId, int year,
               String createdBy, OffsetDateTime createdAt, List<Long> dossierIds) {
    }

    private final JdbcClient jdbc;

    ProvinceRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitCode, String provinceCode, String type, long documentId, int year, List<Long> dossierIds,
                String by) {
        long id = jdbc.sql("""
                INSERT INTO assessment.province_request (unit_code, province_code, document_type, document_id,
                       eval_year, created_by)
                VALUES (:u, :p, :type, :doc, :year, :by) RETURNING id""")
                .param("u", unitCode).param("p", provinceCode).param("type", type).param("doc", documentId)
                .param("year", year).param("by", by).query(Long.class).single();
        for (int i = 0; i < dossierIds.size(); i++) {
            jdbc.sql("INSERT INTO assessment.province_request_dossier (request_id, dossier_id, position) "
                    + "VALUES (:r, :d, :n)").param("r", id).param("d", dossierIds.get(i)).param("n", i).update();
        }
        return id;
    }

    Optional<Row> find(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT * FROM assessment.province_request r WHERE r.id = :id AND "
                + ScopeSql.onUnit(scope, "r", params)).params(params).query((rs, i) -> row(rs)).optional();
    }

    Optional<Row> byDocument(long documentId) {
        return jdbc.sql("SELECT * FROM assessment.province_request r WHERE r.document_id = :doc")
                .param("doc", documentId).query((rs, i) -> row(rs)).optional();
    }

    /** Deletes a request (and the list of its dossiers) whose draft was discarded. */
    void delete(long id) {
        jdbc.sql("DELETE FROM assessment.province_request WHERE id = :id").param("id", id).update();
    }

    List<Row> list(UnitScope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM assessment.province_request r WHERE " + ScopeSql.onUnit(scope, "r", params)
                + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit").params(params)
                .query((rs, i) -> row(rs)).list();
    }

    /** The requests that list a dossier, newest first. */
    List<Row> forDossier(long dossierId) {
        return jdbc.sql("""
                SELECT r.* FROM assessment.province_request r
                  JOIN assessment.province_request_dossier x ON x.request_id = r.id
                 WHERE x.dossier_id = :d ORDER BY r.created_at DESC, r.id DESC""")
                .param("d", dossierId).query((rs, i) -> row(rs)).list();
    }

    private Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Long> dossiers = jdbc.sql("SELECT dossier_id FROM assessment.province_request_dossier "
                + "WHERE request_id = :r ORDER BY position").param("r", id).query(Long.class).list();
        return new Row(id, rs.getString("unit_code"), rs.getString("province_code"), rs.getString("document_type"),
                rs.getLong("document_id"), rs.getInt("eval_year"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), dossiers);
    }
}
