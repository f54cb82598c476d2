package ocop.certification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.UnitScope;
import ocop.certification.domain.ValidityPolicy;
import ocop.dossier.RecognitionRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code certification.certificate}, always read through the user's scope. */
@Repository
class CertificateRepository {

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the certificate of a recognised dossier unless one exists (idempotent: a republished or duplicated
     * event adds nothing). Returns whether a row was inserted.
     */
    boolean insertIfAbsent(RecognitionRecorded e, String level, LocalDate issuedOn, LocalDate validUntil,
                           ValidityPolicy policy) {
        return jdbc.sql("""
                INSERT INTO certification.certificate (dossier_id, number, product_id, producer_id, unit_code,
                       province_code, stars, score, level, decision_no, decision_date, issued_on, valid_until,
                       validity_months, validity_convention, recorded_by)
                VALUES (:dossier, :number, :product, :producer, :unit, :province, :stars, :score, :level, :decisionNo,
                       :decisionDate, :issuedOn, :validUntil, :months, :convention, :by)
                ON CONFLICT (dossier_id) DO NOTHING""")
                .param("dossier", e.dossierId()).param("number", e.certificateNo()).param("product", e.productId())
                .param("producer", e.producerId()).param("unit", e.unitCode()).param("province", e.provinceCode())
                .param("stars", e.stars()).param("score", e.score()).param("level", level)
                .param("decisionNo", e.decisionNo()).param("decisionDate", e.decisionDate())
                .param("issuedOn", issuedOn).param("validUntil", validUntil).param("months", policy.months())
                .param("convention", policy.convention().name()).param("by", e.recognisedBy())
                .update() == 1;
    }

    /**
     * Inserts an imported, legacy or demo certificate (no dossier) unless the ward already has one with that number;
     * returns its id, or empty when it existed.
     */
    Optional<Long> insertRecorded(RecordedCertificate c, ValidityPolicy policy) {
        return jdbc.sql("""
                INSERT INTO certification.certificate (number, product_id, producer_id, unit_code, province_code, stars,
                       score, level, decision_no, decision_date, issued_on, valid_until, validity_months,
                       validity_convention, recorded_by, regime, source, demo, public_product_name,
                       public_producer_name, public_unit_name)
                VALUES (:number, :product, :producer, :unit, :province, :stars, :score, :level, :decisionNo,
                       :decisionDate, :issuedOn, :validUntil, :months, :convention, :by, :regime, :source, :demo,
                       :pName, :prName, :uName)
                ON CONFLICT (unit_code, number) WHERE dossier_id IS NULL DO NOTHING RETURNING id""")
                .param("number", c.number()).param("product", c.productId()).param("producer", c.producerId())
                .param("unit", c.unitCode()).param("province", c.provinceCode()).param("stars", c.stars())
                .param("score", c.score()).param("level", c.level()).param("decisionNo", c.decisionNo())
                .param("decisionDate", c.decisionDate()).param("issuedOn", c.issuedOn())
                .param("validUntil", policy.validUntil(c.issuedOn())).param("months", policy.months())
                .param("convention", policy.convention().name()).param("by", c.recordedBy())
                .param("regime", c.regime().name()).param("source", c.source())
                .param("demo", "DEMO".equals(c.source())).param("pName", c.productName())
                .param("prName", c.producerName()).param("uName", c.unitName())
                .query(Long.class).optional();
    }

    int countBySource(String source) {
        return jdbc.sql("SELECT count(*) FROM certification.certificate WHERE source = :s").param("s", source)
                .query(Integer.class).single();
    }

    Optional<CertificateRow> find(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT * FROM certification.certificate c WHERE c.id = :id AND " + scope(scope, params))
                .params(params).query((rs, i) -> row(rs)).optional();
    }

    List<CertificateRow> byProduct(long productId, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("product", productId);
        return jdbc.sql("SELECT * FROM certification.certificate c WHERE c.product_id = :product AND "
                        + scope(scope, params) + " ORDER BY c.issued_on DESC, c.id DESC")
                .params(params).query((rs, i) -> row(rs)).list();
    }

    List<CertificateRow> all(UnitScope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM certification.certificate c WHERE " + scope(scope, params)
                        + " ORDER BY c.issued_on DESC, c.id DESC LIMIT :limit")
                .params(params).query((rs, i) -> row(rs)).list();
    }

    /** The certificate with this public token (no scope: the public check). */
    Optional<CertificateRow> byToken(String token) {
        return jdbc.sql("SELECT * FROM certification.certificate c WHERE c.public_token = :t").param("t", token)
                .query((rs, i) -> row(rs)).optional();
    }

    /** Certificates not revoked nor superseded whose valid-until lies in [from, to] (no scope: jobs). */
    List<CertificateRow> inForceUntilBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM certification.certificate c WHERE c.revoked_on IS NULL AND c.superseded_on IS NULL
                AND c.valid_until BETWEEN :from AND :to ORDER BY c.valid_until, c.id""")
                .param("from", from).param("to", to).query((rs, i) -> row(rs)).list();
    }

    /** Certificates past valid-until, not revoked nor superseded, whose expiry is not handled yet (no scope). */
    List<CertificateRow> pastExpiryUnhandled(LocalDate today) {
        return jdbc.sql("""
                SELECT * FROM certification.certificate c WHERE c.revoked_on IS NULL AND c.superseded_on IS NULL
                AND c.valid_until < :today AND c.expiry_handled_on IS NULL ORDER BY c.valid_until, c.id""")
                .param("today", today).query((rs, i) -> row(rs)).list();
    }

    /** Marks the expiry handled; false when another run already did (idempotent). */
    boolean markExpiryHandled(long id, LocalDate on) {
        return jdbc.sql("UPDATE certification.certificate SET expiry_handled_on = :on WHERE id = :id "
                + "AND expiry_handled_on IS NULL").param("on", on).param("id", id).update() == 1;
    }

    /** Stores what the public page shows (product, producer's public name, unit name) where still missing. */
    void fillPublicNames(long id, String product, String producer, String unit) {
        jdbc.sql("""
                UPDATE certification.certificate SET public_product_name = coalesce(public_product_name, :p),
                       public_producer_name = coalesce(public_producer_name, :pr),
                       public_unit_name = coalesce(public_unit_name, :u) WHERE id = :id""")
                .param("p", product).param("pr", producer).param("u", unit).param("id", id).update();
    }

    /** Records a revocation decision; false when the certificate was already revoked. */
    boolean revoke(long id, String ground, String authority, String decisionNo, LocalDate date, String note) {
        return jdbc.sql("""
                UPDATE certification.certificate SET revoked_on = :date, revocation_ground = :ground,
                       revocation_authority = :authority, revocation_decision_no = :no,
                       revocation_decision_date = :date, revocation_note = :note
                WHERE id = :id AND revoked_on IS NULL""")
                .param("date", date).param("ground", ground).param("authority", authority).param("no", decisionNo)
                .param("note", note).param("id", id).update() == 1;
    }

    Optional<Long> idForDossier(long dossierId) {
        return jdbc.sql("SELECT id FROM certification.certificate WHERE dossier_id = :d").param("d", dossierId)
                .query(Long.class).optional();
    }

    int countForDossier(long dossierId) {
        return jdbc.sql("SELECT count(*) FROM certification.certificate WHERE dossier_id = :d").param("d", dossierId)
                .query(Integer.class).single();
    }

    /** The scope as a predicate; a neighbourhood head's khu phố is checked against the registry afterwards. */
    private static String scope(UnitScope scope, Map<String, Object> params) {
        return switch (scope.kind()) {
            case ALL -> "TRUE";
            case PROVINCE -> {
                params.put("scopeProvince", scope.provinceCode());
                yield "c.province_code = :scopeProvince";
            }
            case UNIT, NEIGHBOURHOOD -> {
                params.put("scopeUnit", scope.unitCode());
                yield "c.unit_code = :scopeUnit";
            }
            case PRODUCER -> {
                params.put("scopeProducer", scope.producerId());
                yield "c.producer_id = :scopeProducer";
            }
        };
    }

    private static CertificateRow row(ResultSet rs) throws SQLException {
        return new CertificateRow(rs.getLong("id"), rs.getLong("dossier_id"), rs.getString("number"),
                rs.getLong("product_id"), rs.getLong("producer_id"), rs.getString("unit_code"),
                rs.getString("province_code"), rs.getInt("stars"), rs.getBigDecimal("score"), rs.getString("level"),
                rs.getString("decision_no"), rs.getObject("decision_date", LocalDate.class),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("regime"), rs.getString("public_token"), rs.getString("public_product_name"),
                rs.getString("public_producer_name"), rs.getString("public_unit_name"),
                rs.getBoolean("reevaluation_in_progress"), rs.getObject("revoked_on", LocalDate.class),
                rs.getObject("superseded_on", LocalDate.class), rs.getObject("expiry_handled_on", LocalDate.class),
                rs.getBoolean("demo"), rs.getString("revocation_ground"), rs.getString("revocation_authority"),
                rs.getString("revocation_decision_no"));
    }
}
