package ocop.criteria.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.UnitScope;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Bảng criteria.self_assessment và self_assessment_file; answers, declared and notes as jsonb. */
@Repository
class SelfAssessmentRepository {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private static final String SELECT = """
            SELECT id, product_id, producer_id, unit_code, province_code, sheet_code, sheet_version,
                   answers::text AS answers, declared::text AS declared, notes::text AS notes, status, total, stars,
                   completed_at, created_by, created_at, updated_by, updated_at, version
              FROM criteria.self_assessment""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ZoneId zone;

    SelfAssessmentRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.zone = clock.getZone();
    }

    Optional<SelfAssessmentRow> byProduct(long productId) {
        return jdbc.sql(SELECT + " WHERE product_id = :id").param("id", productId).query(this::row).optional();
    }

    Optional<SelfAssessmentRow> byId(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** The assessments inside the scope (most recently changed first), at most {@code limit}. */
    List<SelfAssessmentRow> inScope(UnitScope scope, int limit) {
        String where = switch (scope.kind()) {
            case ALL -> "TRUE";
            case PROVINCE -> "province_code = :province";
            case UNIT, NEIGHBOURHOOD -> "unit_code = :unit";
            case PRODUCER -> "producer_id = :producer";
        };
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY updated_at DESC, id DESC LIMIT :limit")
                .param("province", scope.provinceCode()).param("unit", scope.unitCode())
                .param("producer", scope.producerId()).param("limit", limit)
                .query(this::row).list();
    }

    long insert(SelfAssessmentRow r) {
        return jdbc.sql("""
                INSERT INTO criteria.self_assessment (product_id, producer_id, unit_code, province_code, sheet_code,
                        sheet_version, answers, declared, notes, status, total, stars, completed_at, created_by,
                        updated_by)
                VALUES (:product, :producer, :unit, :province, :sheet, :sheetVersion, CAST(:answers AS jsonb),
                        CAST(:declared AS jsonb), CAST(:notes AS jsonb), :status, :total, :stars, :completedAt, :by, :by)
                RETURNING id""")
                .param("product", r.productId()).param("producer", r.producerId()).param("unit", r.unitCode())
                .param("province", r.provinceCode()).param("sheet", r.sheetCode())
                .param("sheetVersion", r.sheetVersion()).param("answers", json.writeValueAsString(r.answers()))
                .param("declared", json.writeValueAsString(r.declared()))
                .param("notes", json.writeValueAsString(r.notes())).param("status", r.status())
                .param("total", r.total()).param("stars", r.stars()).param("completedAt", r.completedAt())
                .param("by", r.updatedBy())
                .query(Long.class).single();
    }

    /** Saves answers, notes, status and result when the row is still at {@code r.version()}. */
    void update(SelfAssessmentRow r) {
        int changed = jdbc.sql("""
                UPDATE criteria.self_assessment
                   SET answers = CAST(:answers AS jsonb), declared = CAST(:declared AS jsonb),
                       notes = CAST(:notes AS jsonb), status = :status, total = :total, stars = :stars,
                       completed_at = :completedAt, updated_by = :by, updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("answers", json.writeValueAsString(r.answers()))
                .param("declared", json.writeValueAsString(r.declared()))
                .param("notes", json.writeValueAsString(r.notes())).param("status", r.status())
                .param("total", r.total()).param("stars", r.stars()).param("completedAt", r.completedAt())
                .param("by", r.updatedBy()).param("id", r.id()).param("version", r.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("self_assessment " + r.id() + " changed");
        }
    }

    List<SelfAssessmentFile> files(long assessmentId) {
        return jdbc.sql("SELECT * FROM criteria.self_assessment_file WHERE self_assessment_id = :id ORDER BY id")
                .param("id", assessmentId).query(this::file).list();
    }

    Optional<SelfAssessmentFile> file(long assessmentId, long fileId) {
        return jdbc.sql("SELECT * FROM criteria.self_assessment_file WHERE self_assessment_id = :a AND id = :id")
                .param("a", assessmentId).param("id", fileId).query(this::file).optional();
    }

    Optional<String> storedPath(long fileId) {
        return jdbc.sql("SELECT stored_path FROM criteria.self_assessment_file WHERE id = :id").param("id", fileId)
                .query(String.class).optional();
    }

    long addFile(long assessmentId, String item, String name, ocop.system.FileVault.Stored stored, String by) {
        return jdbc.sql("""
                INSERT INTO criteria.self_assessment_file (self_assessment_id, item_code, file_name, content_type,
                        size_bytes, sha256, stored_path, uploaded_by)
                VALUES (:a, :item, :name, :type, :size, :sha, :path, :by) RETURNING id""")
                .param("a", assessmentId).param("item", item).param("name", name).param("type", stored.contentType())
                .param("size", stored.size()).param("sha", stored.sha256()).param("path", stored.path())
                .param("by", by).query(Long.class).single();
    }

    void deleteFile(long fileId) {
        jdbc.sql("DELETE FROM criteria.self_assessment_file WHERE id = :id").param("id", fileId).update();
    }

    private SelfAssessmentRow row(ResultSet rs, int i) throws SQLException {
        return new SelfAssessmentRow(rs.getLong("id"), rs.getLong("product_id"), rs.getLong("producer_id"),
                rs.getString("unit_code"), rs.getString("province_code"), rs.getString("sheet_code"),
                rs.getInt("sheet_version"), json.readValue(rs.getString("answers"), MAP),
                json.readValue(rs.getString("declared"), LIST), json.readValue(rs.getString("notes"), MAP),
                rs.getString("status"), rs.getInt("total"), rs.getInt("stars"),
                at(rs, "completed_at"), rs.getString("created_by"),
                at(rs, "created_at"), rs.getString("updated_by"),
                at(rs, "updated_at"), rs.getInt("version"));
    }

    /** A stored instant in the application's time zone (the driver gives UTC). */
    private OffsetDateTime at(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private SelfAssessmentFile file(ResultSet rs, int i) throws SQLException {
        return new SelfAssessmentFile(rs.getLong("id"), rs.getString("item_code"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), at(rs, "uploaded_at"));
    }
}
