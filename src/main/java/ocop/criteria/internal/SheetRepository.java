package ocop.criteria.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import ocop.criteria.CriteriaSheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bảng criteria.sheet: every version of every sheet, the sheet in the JSON format in {@code body} (jsonb). Rows are
 * only ever inserted.
 */
@Repository
class SheetRepository {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    SheetRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** Inserts the version unless that code and version is stored already; true when it was inserted. */
    boolean insertIfAbsent(CriteriaSheet sheet, String origin, String by) {
        return insert(sheet, origin, by, " ON CONFLICT (code, version) DO NOTHING") > 0;
    }

    /** Inserts the version; a stored code and version is a {@code DuplicateKeyException}. */
    void insert(CriteriaSheet sheet, String origin, String by) {
        insert(sheet, origin, by, "");
    }

    private int insert(CriteriaSheet sheet, String origin, String by, String onConflict) {
        return jdbc.sql("""
                INSERT INTO criteria.sheet (code, version, name, status, effective_from, effective_until,
                        classification_version, checked_against_signed_text, body, source, imported_by)
                VALUES (:code, :version, :name, :status, :from, :until, :classification, :checked,
                        CAST(:body AS jsonb), :source, :by)""" + onConflict)
                .param("code", sheet.code()).param("version", sheet.version()).param("name", sheet.name())
                .param("status", sheet.status().name()).param("from", sheet.effectiveFrom())
                .param("until", sheet.effectiveUntil()).param("classification", sheet.classificationVersion())
                .param("checked", sheet.checkedAgainstSignedText()).param("body", SheetJson.write(sheet))
                .param("source", origin).param("by", by)
                .update();
    }

    /** Every stored version, by code then version. */
    List<StoredSheet> findAll() {
        return jdbc.sql("""
                SELECT code, version, body::text AS body, source, imported_at, imported_by
                  FROM criteria.sheet ORDER BY code, version""")
                .query((rs, i) -> new StoredSheet(
                        SheetJson.read(rs.getString("body"), rs.getString("code") + " v" + rs.getInt("version"))
                                .withVersion(rs.getInt("version")),
                        rs.getString("source"),
                        rs.getObject("imported_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                        rs.getString("imported_by")))
                .list();
    }

    /** The highest stored version of the code. */
    Optional<Integer> latestVersion(String code) {
        return jdbc.sql("SELECT version FROM criteria.sheet WHERE code = :code ORDER BY version DESC LIMIT 1").param("code", code)
                .query(Integer.class).optional();
    }
}
