package ocop.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentType;
import ocop.documents.domain.DocumentNumber;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code documents.document} and {@code documents.issued_file} (văn bản đi và tệp đã ban hành). */
@Repository
class DocumentRepository {

    static final String SELECT = """
            SELECT d.*, coalesce(d.frame #>> '{signer,fullName}', s.full_name) AS signer_name,
                   (SELECT f.sha256 FROM documents.issued_file f WHERE f.document_id = d.id AND f.format = 'PDF') AS pdf_sha
              FROM documents.document d LEFT JOIN documents.signer s ON s.id = d.signer_id""";

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DocumentRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query((rs, i) -> row(rs)).optional();
    }

    /** Locks the row until the transaction ends, so two leaders cannot issue the same draft twice. */
    Optional<DocumentRow> lock(long id) {
        jdbc.sql("SELECT id FROM documents.document WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
        return find(id);
    }

    long insertDraft(String unitCode, String provinceCode, DocumentType type, String subject, String contentJson,
                     Long signerId, Long replacesId, int year, String createdBy, OffsetDateTime now) {
        return jdbc.sql("""
                INSERT INTO documents.document (unit_code, province_code, type, subject, search_text, content, signer_id,
                       status, register_year, replaces_id, created_by, created_at, updated_at)
                VALUES (:u, :p, :type, :subject, :search, CAST(:content AS jsonb), :signer, 'DRAFT', :year, :replaces,
                       :by, :now, :now) RETURNING id""")
                .param("u", unitCode).param("p", provinceCode).param("type", type.name()).param("subject", subject)
                .param("search", VietnameseText.fold(subject)).param("content", contentJson).param("signer", signerId)
                .param("year", year).param("replaces", replacesId).param("by", createdBy).param("now", now)
                .query(Long.class).single();
    }

    /** Revises a draft when its version still matches; false otherwise (stale, or no longer a draft). */
    boolean reviseDraft(long id, int version, String subject, String contentJson, Long signerId, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE documents.document SET subject = :subject, search_text = :search, content = CAST(:content AS jsonb),
                       signer_id = :signer, updated_at = :now, version = version + 1
                 WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("id", id).param("version", version).param("subject", subject)
                .param("search", VietnameseText.fold(subject)).param("content", contentJson).param("signer", signerId)
                .param("now", now).update() == 1;
    }

    void markIssued(long id, DocumentNumber number, LocalDate issuedOn, String issuedBy, Long signerId,
                    String frameJson, String subject, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE documents.document SET status = 'ISSUED', register_year = :year, sequence = :seq, symbol = :symbol,
                       number_text = :number, issued_on = :on, issued_by = :by, signer_id = :signer,
                       frame = CAST(:frame AS jsonb), search_text = :search, updated_at = :now, version = version + 1
                 WHERE id = :id AND status = 'DRAFT'""")
                .param("id", id).param("year", issuedOn.getYear()).param("seq", number.sequence())
                .param("symbol", number.symbol()).param("number", number.text()).param("on", issuedOn)
                .param("by", issuedBy).param("signer", signerId).param("frame", frameJson)
                .param("search", VietnameseText.fold(subject + " " + number.text())).param("now", now).update();
    }

    /** Discards the draft when its version still matches; false otherwise (stale, or no longer a draft). */
    boolean markDiscarded(long id, int version, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE documents.document SET status = 'DISCARDED', discarded_at = :now, discarded_by = :by,
                       discard_reason = :reason, updated_at = :now, version = version + 1
                 WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("id", id).param("version", version).param("reason", reason).param("by", by)
                .param("now", now).update() == 1;
    }

    void markReplaced(long id, long laterId, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE documents.document SET status = 'REPLACED', replaced_by_id = :later, updated_at = :now,
                       version = version + 1 WHERE id = :id AND status = 'ISSUED'""")
                .param("id", id).param("later", laterId).param("now", now).update();
    }

    void storeFile(long id, String format, byte[] content, String sha256) {
        jdbc.sql("""
                INSERT INTO documents.issued_file (document_id, format, content, sha256, size_bytes)
                VALUES (:id, :format, :content, :sha, :size)""")
                .param("id", id).param("format", format).param("content", content).param("sha", sha256)
                .param("size", content.length).update();
    }

    Optional<byte[]> file(long id, String format) {
        return jdbc.sql("SELECT content FROM documents.issued_file WHERE document_id = :id AND format = :format")
                .param("id", id).param("format", format).query((rs, i) -> rs.getBytes(1)).optional();
    }

    static DocumentRow row(ResultSet rs) throws SQLException {
        return new DocumentRow(rs.getLong("id"), rs.getString("unit_code"), rs.getString("province_code"),
                DocumentType.valueOf(rs.getString("type")), rs.getString("subject"), rs.getString("content"),
                (Long) rs.getObject("signer_id"), rs.getString("signer_name"),
                DocumentStatus.valueOf(rs.getString("status")), rs.getInt("register_year"),
                (Integer) rs.getObject("sequence"), rs.getString("symbol"), rs.getString("number_text"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"), rs.getString("frame"),
                (Long) rs.getObject("replaces_id"), (Long) rs.getObject("replaced_by_id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"), rs.getString("pdf_sha"),
                rs.getObject("discarded_at", OffsetDateTime.class), rs.getString("discarded_by"),
                rs.getString("discard_reason"));
    }
}
