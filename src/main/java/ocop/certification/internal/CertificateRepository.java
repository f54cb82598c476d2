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
                rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class));
    }
}
