package ocop.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.UnitScope;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes dossier.dossier. Every write that changes what a person edits checks the version it was given
 * ({@code WHERE version = :version}) and raises it, so two concurrent edits never both win.
 */
@Component
public class DossierStore {

    private static final String COLUMNS = """
            d.id, d.product_id, d.producer_id, d.unit_code, d.province_code, d.neighbourhood_id, d.product_name,
            d.producer_name, d.classification_code, d.kind, d.eval_year, d.round, d.status, d.registration_no,
            d.received_on, d.ward_deadline, d.sheet_code, d.sheet_version, d.forms::text AS forms,
            d.form01_document_id, d.form02_document_id, d.created_by, d.created_at, d.updated_at, d.version""";
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(DossierRow r) {
        return jdbc.sql("""
                INSERT INTO dossier.dossier (product_id, producer_id, unit_code, province_code, neighbourhood_id,
                    product_name, producer_name, classification_code, kind, eval_year, round, status, forms,
                    created_by, created_at, updated_at)
                VALUES (:product, :producer, :unit, :province, :neighbourhood, :productName, :producerName,
                    :classification, :kind, :year, :round, :status, CAST(:forms AS jsonb), :by, :at, :at)
                RETURNING id""")
                .param("product", r.productId()).param("producer", r.producerId()).param("unit", r.unitCode())
                .param("province", r.provinceCode()).param("neighbourhood", r.neighbourhoodId())
                .param("productName", r.productName()).param("producerName", r.producerName())
                .param("classification", r.classificationCode()).param("kind", r.kind().name())
                .param("year", r.year()).param("round", r.round()).param("status", r.status().name())
                .param("forms", json.writeValueAsString(r.forms())).param("by", r.createdBy())
                .param("at", r.createdAt()).query(Long.class).single();
    }

    Optional<DossierRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier.dossier d WHERE d.id = :id").param("id", id)
                .query(this::map).optional();
    }

    /** Dossiers in the scope, in the given states (all when empty), of one product when given; newest first. */
    public List<DossierRow> list(UnitScope scope, Collection<DossierStatus> states, Long productId, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM dossier.dossier d WHERE ")
                .append(ScopeSql.on("d", scope, params));
        if (states != null && !states.isEmpty()) {
            sql.append(" AND d.status IN (:states)");
            params.put("states", states.stream().map(Enum::name).toList());
        }
        if (productId != null) {
            sql.append(" AND d.product_id = :productId");
            params.put("productId", productId);
        }
        sql.append(" ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** Whether the product has a dossier that is not finished (not recognised, refused or withdrawn). */
    boolean openExists(long productId) {
        return jdbc.sql("""
                SELECT count(*) FROM dossier.dossier
                 WHERE product_id = :p AND status NOT IN ('RECOGNISED', 'NOT_RECOGNISED', 'WITHDRAWN')""")
                .param("p", productId).query(Integer.class).single() > 0;
    }

    /** Whether the product has an open dossier (not finished nor withdrawn) of the given kind. */
    boolean openOfKindExists(long productId, DossierKind kind) {
        return jdbc.sql("""
                SELECT count(*) FROM dossier.dossier
                 WHERE product_id = :p AND kind = :k AND status NOT IN ('RECOGNISED', 'NOT_RECOGNISED', 'WITHDRAWN')""")
                .param("p", productId).param("k", kind.name()).query(Integer.class).single() > 0;
    }

    /** The product's latest other dossier (to carry its evidence over to a renewal). */
    Optional<Long> latestOther(long productId, long exceptId) {
        return jdbc.sql("""
                SELECT id FROM dossier.dossier WHERE product_id = :p AND id <> :id ORDER BY created_at DESC, id DESC
                 LIMIT 1""").param("p", productId).param("id", exceptId).query(Long.class).optional();
    }

    boolean updateForms(long id, int version, Map<String, String> forms, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE dossier.dossier SET forms = CAST(:forms AS jsonb), updated_at = :now, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("forms", json.writeValueAsString(forms)).param("now", now).param("id", id)
                .param("version", version).update() == 1;
    }

    boolean updateState(DossierRow r, int expectedVersion, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE dossier.dossier SET status = :status, registration_no = :no, received_on = :received,
                       ward_deadline = :deadline, sheet_code = :sheet, sheet_version = :sheetVersion,
                       updated_at = :now, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("status", r.status().name()).param("no", r.registrationNo()).param("received", r.receivedOn())
                .param("deadline", r.wardDeadline()).param("sheet", r.sheetCode())
                .param("sheetVersion", r.sheetVersion()).param("now", now).param("id", r.id())
                .param("version", expectedVersion).update() == 1;
    }

    void setDocument(long id, boolean form01, long documentId) {
        jdbc.sql("UPDATE dossier.dossier SET " + (form01 ? "form01_document_id" : "form02_document_id")
                + " = :doc WHERE id = :id").param("doc", documentId).param("id", id).update();
    }

    /** A dossier's link to a Mẫu 01 ({@code form01}) or Mẫu 02 draft. */
    record FormLink(long dossierId, String unitCode, boolean form01) {
    }

    /** Drops the Mẫu 01/02 links to a discarded draft; the links dropped (none the second time). */
    List<FormLink> dropDocument(long documentId) {
        List<FormLink> dropped = new ArrayList<>();
        for (boolean form01 : new boolean[] {true, false}) {
            String column = form01 ? "form01_document_id" : "form02_document_id";
            dropped.addAll(jdbc.sql("UPDATE dossier.dossier SET " + column + " = NULL WHERE " + column
                            + " = :doc RETURNING id, unit_code").param("doc", documentId)
                    .query((rs, i) -> new FormLink(rs.getLong("id"), rs.getString("unit_code"), form01)).list());
        }
        return dropped;
    }

    void touch(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE dossier.dossier SET updated_at = :now WHERE id = :id").param("now", now).param("id", id)
                .update();
    }

    private DossierRow map(ResultSet rs, int i) throws SQLException {
        String forms = rs.getString("forms");
        return new DossierRow(rs.getLong("id"), rs.getLong("product_id"), rs.getLong("producer_id"),
                rs.getString("unit_code"), rs.getString("province_code"), (Long) rs.getObject("neighbourhood_id"),
                rs.getString("product_name"), rs.getString("producer_name"), rs.getString("classification_code"),
                DossierKind.valueOf(rs.getString("kind")), rs.getInt("eval_year"), rs.getInt("round"),
                DossierStatus.valueOf(rs.getString("status")), rs.getString("registration_no"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("ward_deadline", LocalDate.class),
                rs.getString("sheet_code"), (Integer) rs.getObject("sheet_version"),
                forms == null ? Map.of() : json.readValue(forms, MAP),
                (Long) rs.getObject("form01_document_id"), (Long) rs.getObject("form02_document_id"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
