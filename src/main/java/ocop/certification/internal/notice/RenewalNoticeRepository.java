package ocop.certification.internal.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code certification.renewal_notice} and the certificates each covers. Callers scope by reading the certificates
 * through the user's scope first; the notice carries the unit of its certificates.
 */
@Repository
public class RenewalNoticeRepository {

    private static final String COLUMNS = "n.id, n.document_id, n.unit_code, n.type, n.state, n.replaces_notice_id, "
            + "n.number_text, n.issued_on, n.created_by";

    private final JdbcClient jdbc;

    RenewalNoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the certificates' rows until the transaction ends, so two drafts cannot both take one certificate. */
    void lockCertificates(Collection<Long> ids) {
        jdbc.sql("SELECT id FROM certification.certificate WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", ids).query(Long.class).list();
    }

    long insert(long documentId, String unitCode, String provinceCode, String type, Long replacesNoticeId,
                String createdBy) {
        return jdbc.sql("""
                INSERT INTO certification.renewal_notice (document_id, unit_code, province_code, type,
                       replaces_notice_id, created_by)
                VALUES (:doc, :unit, :province, :type, :replaces, :by) RETURNING id""")
                .param("doc", documentId).param("unit", unitCode).param("province", provinceCode)
                .param("type", type).param("replaces", replacesNoticeId).param("by", createdBy)
                .query(Long.class).single();
    }

    void cover(long noticeId, long certificateId, LocalDate validUntil, LocalDate opens, LocalDate closes) {
        jdbc.sql("""
                INSERT INTO certification.renewal_notice_certificate (notice_id, certificate_id, valid_until,
                       window_opens, window_closes) VALUES (:n, :c, :until, :opens, :closes)""")
                .param("n", noticeId).param("c", certificateId).param("until", validUntil).param("opens", opens)
                .param("closes", closes).update();
    }

    Optional<RenewalNoticeRow> byDocument(long documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification.renewal_notice n WHERE n.document_id = :d")
                .param("d", documentId).query((rs, i) -> row(rs)).optional();
    }

    /** The notices still standing (draft or issued) that cover the certificate for the window ending {@code validUntil}. */
    List<RenewalNoticeRow> covering(long certificateId, LocalDate validUntil) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM certification.renewal_notice n
                JOIN certification.renewal_notice_certificate nc ON nc.notice_id = n.id
                WHERE nc.certificate_id = :c AND nc.valid_until = :until AND n.state IN ('DRAFT', 'ISSUED')
                ORDER BY n.id""").param("c", certificateId).param("until", validUntil)
                .query((rs, i) -> row(rs)).list();
    }

    /** For each certificate, the latest notice still standing (draft or issued) for its current window. */
    public Map<Long, RenewalNoticeRow> latestFor(Collection<Long> certificateIds) {
        Map<Long, RenewalNoticeRow> out = new HashMap<>();
        if (certificateIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT DISTINCT ON (nc.certificate_id) nc.certificate_id, " + COLUMNS + """
                 FROM certification.renewal_notice n
                JOIN certification.renewal_notice_certificate nc ON nc.notice_id = n.id
                JOIN certification.certificate c ON c.id = nc.certificate_id AND c.valid_until = nc.valid_until
                WHERE nc.certificate_id IN (:ids) AND n.state IN ('DRAFT', 'ISSUED')
                ORDER BY nc.certificate_id, n.id DESC""").param("ids", certificateIds)
                .query((rs, i) -> out.put(rs.getLong("certificate_id"), row(rs))).list();
        return out;
    }

    boolean markIssued(long noticeId, String number, LocalDate issuedOn) {
        return jdbc.sql("UPDATE certification.renewal_notice SET state = 'ISSUED', number_text = :no, issued_on = :on "
                        + "WHERE id = :id AND state = 'DRAFT'")
                .param("no", number).param("on", issuedOn).param("id", noticeId).update() == 1;
    }

    boolean markReplaced(long noticeId) {
        return jdbc.sql("UPDATE certification.renewal_notice SET state = 'REPLACED' WHERE id = :id AND state = 'ISSUED'")
                .param("id", noticeId).update() == 1;
    }

    /** Marks a draft notice whose document was discarded; false when it is not (or no longer) a draft. */
    boolean markDiscarded(long noticeId) {
        return jdbc.sql("UPDATE certification.renewal_notice SET state = 'DISCARDED' WHERE id = :id AND state = 'DRAFT'")
                .param("id", noticeId).update() == 1;
    }

    private static RenewalNoticeRow row(ResultSet rs) throws SQLException {
        return new RenewalNoticeRow(rs.getLong("id"), rs.getLong("document_id"), rs.getString("unit_code"),
                rs.getString("type"), rs.getString("state"), (Long) rs.getObject("replaces_notice_id", Long.class),
                rs.getString("number_text"), rs.getObject("issued_on", LocalDate.class), rs.getString("created_by"));
    }
}
