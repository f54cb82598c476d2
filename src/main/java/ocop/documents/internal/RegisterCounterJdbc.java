package ocop.documents.internal;

import ocop.documents.domain.RegisterKey;
import ocop.documents.domain.SequenceCounter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's counters in PostgreSQL (bộ đếm sổ văn bản đi): one upsert that returns the next number. The
 * counter row stays locked until the issuing transaction ends, so concurrent issues queue and each gets its own
 * number; if the issue fails, the rollback gives the number back. A new counter (a new year, or a changed numbering
 * mode) starts after the highest number already issued under it, so the unique constraint is never hit.
 */
@Component
public class RegisterCounterJdbc implements SequenceCounter {

    private final JdbcClient jdbc;

    RegisterCounterJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(RegisterKey key) {
        return jdbc.sql("""
                WITH issued AS (
                    SELECT coalesce(max(d.sequence), 0) AS top FROM documents.document d
                     WHERE d.unit_code = :u AND d.register_year = :y AND d.status <> 'DRAFT'
                       AND (:k = 'ALL' OR d.type = :k))
                INSERT INTO documents.register_counter AS c (unit_code, year, sequence_key, last_number)
                SELECT :u, :y, :k, issued.top + 1 FROM issued
                ON CONFLICT (unit_code, year, sequence_key)
                DO UPDATE SET last_number = greatest(c.last_number, (SELECT top FROM issued)) + 1
                RETURNING c.last_number""")
                .param("u", key.unitCode()).param("y", key.year()).param("k", key.sequenceKey())
                .query(Integer.class).single();
    }
}
