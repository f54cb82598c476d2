package ocop.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.UnitScope;
import ocop.assessment.domain.Opinion;
import ocop.dossier.WardItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code assessment.meeting}, {@code meeting_dossier} and {@code opinion}. */
@Repository
class MeetingRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitCode, String provinceCode, LocalDateTime heldAt, String place, String chair,
                List<String> units, List<Long> dossierIds, String by) {
        long id = jdbc.sql("""
                INSERT INTO assessment.meeting (unit_code, province_code, held_at, place, chair, units, created_by)
                VALUES (:u, :p, :at, :place, :chair, CAST(:units AS jsonb), :by) RETURNING id""")
                .param("u", unitCode).param("p", provinceCode).param("at", heldAt).param("place", place)
                .param("chair", chair).param("units", JSON.writeValueAsString(units)).param("by", by)
                .query(Long.class).single();
        for (int i = 0; i < dossierIds.size(); i++) {
            jdbc.sql("INSERT INTO assessment.meeting_dossier (meeting_id, dossier_id, position) VALUES (:m, :d, :n)")
                    .param("m", id).param("d", dossierIds.get(i)).param("n", i).update();
        }
        return id;
    }

    Optional<MeetingRow> find(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT * FROM assessment.meeting m WHERE m.id = :id AND "
                        + ScopeSql.onUnit(scope, "m", params))
                .params(params).query((rs, i) -> row(rs)).optional();
    }

    List<MeetingRow> list(UnitScope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM assessment.meeting m WHERE " + ScopeSql.onUnit(scope, "m", params)
                        + " ORDER BY m.held_at DESC, m.id DESC LIMIT :limit")
                .params(params).query((rs, i) -> row(rs)).list();
    }

    void setInvitation(long id, long documentId) {
        jdbc.sql("UPDATE assessment.meeting SET invitation_document_id = :doc, version = version + 1 WHERE id = :id")
                .param("doc", documentId).param("id", id).update();
    }

    void setMinutes(long id, long documentId) {
        jdbc.sql("UPDATE assessment.meeting SET minutes_document_id = :doc, version = version + 1 WHERE id = :id")
                .param("doc", documentId).param("id", id).update();
    }

    /** Drops the links to a discarded invitation or minutes draft; the meetings whose link it was. */
    List<Long> dropDocument(long documentId) {
        return jdbc.sql("""
                UPDATE assessment.meeting SET version = version + 1,
                       invitation_document_id = CASE WHEN invitation_document_id = :doc THEN NULL
                                                     ELSE invitation_document_id END,
                       minutes_document_id = CASE WHEN minutes_document_id = :doc THEN NULL ELSE minutes_document_id END
                 WHERE invitation_document_id = :doc OR minutes_document_id = :doc RETURNING id""")
                .param("doc", documentId).query(Long.class).list();
    }

    /** Records or replaces a unit's opinion on an item of a product. */
    void saveOpinion(long meetingId, long dossierId, WardItem item, String unitName, String author, String conclusion,
                     String text, String by) {
        jdbc.sql("""
                INSERT INTO assessment.opinion (meeting_id, dossier_id, item, unit_name, author, conclusion, opinion,
                       recorded_by)
                VALUES (:m, :d, :item, :unit, :author, :conclusion, :text, :by)
                ON CONFLICT (meeting_id, dossier_id, item, unit_name) DO UPDATE SET author = :author,
                       conclusion = :conclusion, opinion = :text, recorded_by = :by, recorded_at = now()""")
                .param("m", meetingId).param("d", dossierId).param("item", item.name()).param("unit", unitName)
                .param("author", author).param("conclusion", conclusion).param("text", text).param("by", by).update();
    }

    List<Opinion> opinions(long meetingId) {
        return jdbc.sql("SELECT * FROM assessment.opinion WHERE meeting_id = :m ORDER BY dossier_id, item, id")
                .param("m", meetingId).query((rs, i) -> opinion(rs)).list();
    }

    /** Every opinion on a dossier, whatever the meeting, oldest first. */
    List<Opinion> opinionsOnDossier(long dossierId) {
        return jdbc.sql("SELECT * FROM assessment.opinion WHERE dossier_id = :d ORDER BY meeting_id, id")
                .param("d", dossierId).query((rs, i) -> opinion(rs)).list();
    }

    private MeetingRow row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Long> dossiers = jdbc.sql("SELECT dossier_id FROM assessment.meeting_dossier WHERE meeting_id = :m "
                + "ORDER BY position").param("m", id).query(Long.class).list();
        return new MeetingRow(id, rs.getString("unit_code"), rs.getString("province_code"),
                rs.getObject("held_at", LocalDateTime.class), rs.getString("place"), rs.getString("chair"),
                JSON.readValue(rs.getString("units"), new TypeReference<List<String>>() { }),
                (Long) rs.getObject("invitation_document_id"), (Long) rs.getObject("minutes_document_id"),
                rs.getString("created_by"), dossiers);
    }

    private static Opinion opinion(ResultSet rs) throws SQLException {
        return new Opinion(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("dossier_id"),
                WardItem.valueOf(rs.getString("item")), rs.getString("unit_name"), rs.getString("author"),
                rs.getString("conclusion"), rs.getString("opinion"), rs.getString("recorded_by"));
    }
}
