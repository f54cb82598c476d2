package ocop.assessment.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ocop.assessment.domain.ItemFinding;
import ocop.dossier.DossierSummary;
import ocop.dossier.WardItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code assessment.ward_assessment} and {@code assessment.item_finding}. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AssessmentRow> find(long dossierId) {
        return jdbc.sql("SELECT * FROM assessment.ward_assessment WHERE dossier_id = :d").param("d", dossierId)
                .query((rs, i) -> new AssessmentRow(rs.getLong("dossier_id"), rs.getLong("product_id"),
                        rs.getLong("producer_id"), rs.getString("unit_code"), rs.getString("province_code"),
                        (Long) rs.getObject("report_document_id"), rs.getInt("version"))).optional();
    }

    Optional<Long> dossierOfReport(long documentId) {
        return jdbc.sql("SELECT dossier_id FROM assessment.ward_assessment WHERE report_document_id = :doc")
                .param("doc", documentId).query(Long.class).optional();
    }

    List<ItemFinding> findings(long dossierId) {
        return jdbc.sql("SELECT * FROM assessment.item_finding WHERE dossier_id = :d").param("d", dossierId)
                .query((rs, i) -> new ItemFinding(WardItem.valueOf(rs.getString("item")), rs.getString("findings"),
                        rs.getString("evidence_note"), rs.getString("conclusion"))).list();
    }

    /**
     * Creates the row on first save (version 1: a page read before it showed 0); later saves must carry the version
     * read (false when it is stale).
     */
    boolean save(DossierSummary d, String provinceCode, Integer expectedVersion, List<ItemFinding> items, String by,
                 OffsetDateTime now) {
        int changed = jdbc.sql("""
                INSERT INTO assessment.ward_assessment (dossier_id, product_id, producer_id, unit_code, province_code,
                       updated_by, updated_at, version)
                VALUES (:d, :product, :producer, :unit, :province, :by, :now, 1)
                ON CONFLICT (dossier_id) DO UPDATE SET updated_by = :by, updated_at = :now,
                       version = assessment.ward_assessment.version + 1
                 WHERE CAST(:expected AS integer) IS NULL
                    OR assessment.ward_assessment.version = CAST(:expected AS integer)""")
                .param("d", d.id()).param("product", d.productId()).param("producer", d.producerId())
                .param("unit", d.unitCode()).param("province", provinceCode).param("by", by).param("now", now)
                .param("expected", expectedVersion).update();
        if (changed == 0) {
            return false;
        }
        for (ItemFinding f : items) {
            jdbc.sql("""
                    INSERT INTO assessment.item_finding (dossier_id, item, findings, evidence_note, conclusion)
                    VALUES (:d, :item, :findings, :evidence, :conclusion)
                    ON CONFLICT (dossier_id, item) DO UPDATE SET findings = :findings, evidence_note = :evidence,
                           conclusion = :conclusion""")
                    .param("d", d.id()).param("item", f.item().name()).param("findings", f.findings())
                    .param("evidence", f.evidenceNote()).param("conclusion", f.conclusion()).update();
        }
        return true;
    }

    /** Drops the link to a discarded Mẫu 03 draft; the dossier whose link it was, if any (none the second time). */
    Optional<Long> dropReport(long documentId) {
        return jdbc.sql("UPDATE assessment.ward_assessment SET report_document_id = NULL "
                        + "WHERE report_document_id = :doc RETURNING dossier_id")
                .param("doc", documentId).query(Long.class).optional();
    }

    void setReport(long dossierId, long documentId) {
        jdbc.sql("UPDATE assessment.ward_assessment SET report_document_id = :doc WHERE dossier_id = :d")
                .param("doc", documentId).param("d", dossierId).update();
    }
}
