package ocop.certification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ocop.certification.domain.CessationConfirmation;
import ocop.certification.domain.RevocationProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code certification.revocation_proposal}. Callers scope by reading the certificate through the user's scope first;
 * state changes are compare-and-set on the state read before.
 */
@Repository
class RevocationProposalRepository {

    private static final String COLUMNS = "p.id, p.certificate_id, p.unit_code, p.ground, p.stopped_on, "
            + "p.verified_how, p.note, p.document_id, p.state, p.number_text, p.issued_on, p.created_by";

    private final JdbcClient jdbc;

    RevocationProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the certificate's row until the transaction ends, so two officers cannot both open a proposal. */
    void lockCertificate(long certificateId) {
        jdbc.sql("SELECT id FROM certification.certificate WHERE id = :id FOR UPDATE").param("id", certificateId)
                .query(Long.class).optional();
    }

    long insert(long certificateId, String unitCode, String ground, CessationConfirmation c, long documentId,
                String createdBy) {
        return jdbc.sql("""
                INSERT INTO certification.revocation_proposal (certificate_id, unit_code, ground, stopped_on,
                       verified_how, note, document_id, created_by)
                VALUES (:c, :unit, :ground, :stopped, :how, :note, :doc, :by) RETURNING id""")
                .param("c", certificateId).param("unit", unitCode).param("ground", ground)
                .param("stopped", c.stoppedOn()).param("how", c.verifiedHow()).param("note", c.note())
                .param("doc", documentId).param("by", createdBy).query(Long.class).single();
    }

    Optional<RevocationProposalRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification.revocation_proposal p WHERE p.id = :id")
                .param("id", id).query((rs, i) -> row(rs)).optional();
    }

    Optional<RevocationProposalRow> byDocument(long documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification.revocation_proposal p WHERE p.document_id = :d")
                .param("d", documentId).query((rs, i) -> row(rs)).optional();
    }

    /** The certificate's open (draft or issued) proposal. */
    Optional<RevocationProposalRow> open(long certificateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification.revocation_proposal p "
                        + "WHERE p.certificate_id = :c AND p.state IN ('DRAFT', 'ISSUED')")
                .param("c", certificateId).query((rs, i) -> row(rs)).optional();
    }

    /** For each certificate, its latest proposal that was not discarded. */
    Map<Long, RevocationProposalRow> latestFor(Collection<Long> certificateIds) {
        Map<Long, RevocationProposalRow> out = new HashMap<>();
        if (certificateIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT DISTINCT ON (p.certificate_id) " + COLUMNS + """
                 FROM certification.revocation_proposal p
                WHERE p.certificate_id IN (:ids) AND p.state <> 'DISCARDED'
                ORDER BY p.certificate_id, p.id DESC""").param("ids", certificateIds)
                .query((rs, i) -> out.put(rs.getLong("certificate_id"), row(rs))).list();
        return out;
    }

    /** Moves the proposal from {@code from} to {@code to}; false when its state changed meanwhile. */
    boolean move(long id, RevocationProposalState from, RevocationProposalState to) {
        return jdbc.sql("UPDATE certification.revocation_proposal SET state = :to WHERE id = :id AND state = :from")
                .param("to", to.name()).param("id", id).param("from", from.name()).update() == 1;
    }

    /** Records the issued number and date and moves the state; false when it changed meanwhile or has a number. */
    boolean issue(long id, RevocationProposalState from, RevocationProposalState to, String number, LocalDate on) {
        return jdbc.sql("""
                UPDATE certification.revocation_proposal SET state = :to, number_text = :no, issued_on = :on
                WHERE id = :id AND state = :from AND number_text IS NULL""")
                .param("to", to.name()).param("no", number).param("on", on).param("id", id)
                .param("from", from.name()).update() == 1;
    }

    private static RevocationProposalRow row(ResultSet rs) throws SQLException {
        return new RevocationProposalRow(rs.getLong("id"), rs.getLong("certificate_id"), rs.getString("unit_code"),
                rs.getString("ground"), rs.getObject("stopped_on", LocalDate.class), rs.getString("verified_how"),
                rs.getString("note"), rs.getLong("document_id"),
                RevocationProposalState.valueOf(rs.getString("state")), rs.getString("number_text"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("created_by"));
    }
}
