package ocop.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ocop.dossier.DossierEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Evidence rows (dossier.evidence): the pieces of a dossier and where their files are. */
@Component
class EvidenceRows {

    private static final String COLUMNS = """
            id, item_code, file_name, content_type, size_bytes, sha256, issuer, doc_number, issued_on, expires_on,
            uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;

    EvidenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The data of a new piece. */
    record NewPiece(String itemCode, String fileName, String contentType, long size, String sha256, String path,
                    String issuer, String number, LocalDate issuedOn, LocalDate expiresOn, Long carriedFrom) {
    }

    long insert(long dossierId, NewPiece p, String by, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO dossier.evidence (dossier_id, item_code, file_name, content_type, size_bytes, sha256,
                    stored_path, issuer, doc_number, issued_on, expires_on, carried_from, uploaded_by, uploaded_at)
                VALUES (:d, :item, :name, :type, :size, :sha, :path, :issuer, :no, :issued, :expires, :from, :by, :at)
                RETURNING id""")
                .param("d", dossierId).param("item", p.itemCode()).param("name", p.fileName())
                .param("type", p.contentType()).param("size", p.size()).param("sha", p.sha256())
                .param("path", p.path()).param("issuer", p.issuer()).param("no", p.number())
                .param("issued", p.issuedOn()).param("expires", p.expiresOn()).param("from", p.carriedFrom())
                .param("by", by).param("at", at).query(Long.class).single();
    }

    List<DossierEvidence> of(long dossierId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier.evidence WHERE dossier_id = :d ORDER BY item_code, id")
                .param("d", dossierId).query(EvidenceRows::map).list();
    }

    Optional<DossierEvidence> one(long dossierId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier.evidence WHERE dossier_id = :d AND id = :id")
                .param("d", dossierId).param("id", id).query(EvidenceRows::map).optional();
    }

    Optional<String> path(long dossierId, long id) {
        return jdbc.sql("SELECT stored_path FROM dossier.evidence WHERE dossier_id = :d AND id = :id")
                .param("d", dossierId).param("id", id).query(String.class).optional();
    }

    boolean delete(long dossierId, long id) {
        return jdbc.sql("DELETE FROM dossier.evidence WHERE dossier_id = :d AND id = :id")
                .param("d", dossierId).param("id", id).update() == 1;
    }

    /** Copies the pieces of another dossier that are still usable on {@code today} (renewals reuse valid papers). */
    int carryOver(long fromDossier, long toDossier, LocalDate today, String by, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO dossier.evidence (dossier_id, item_code, file_name, content_type, size_bytes, sha256,
                    stored_path, issuer, doc_number, issued_on, expires_on, carried_from, uploaded_by, uploaded_at)
                SELECT :to, item_code, file_name, content_type, size_bytes, sha256, stored_path, issuer, doc_number,
                       issued_on, expires_on, id, :by, :at
                  FROM dossier.evidence WHERE dossier_id = :from AND (expires_on IS NULL OR expires_on >= :today)""")
                .param("to", toDossier).param("from", fromDossier).param("today", today).param("by", by)
                .param("at", at).update();
    }

    private static DossierEvidence map(ResultSet rs, int i) throws SQLException {
        return new DossierEvidence(rs.getLong("id"), rs.getString("item_code"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("issuer"),
                rs.getString("doc_number"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
