package ocop.dossier.internal.intake;

import ocop.dossier.internal.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.UnitScope;
import ocop.dossier.domain.FlagStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes dossier.flag (the officer's inbox of potential products). */
@Component
public class FlagStore {

    private static final String COLUMNS = """
            f.id, f.unit_code, f.province_code, f.neighbourhood_id, f.name, f.maker, f.contact, f.note, f.status,
            f.outcome_note, f.product_id, f.created_by, f.created_at, f.closed_by, f.closed_at, f.version""";

    private final JdbcClient jdbc;

    FlagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored flag with its province (for the scope check). */
    record Stored(FlagView view, String provinceCode) {

        boolean inScope(UnitScope scope) {
            return scope.kind() != UnitScope.Kind.PRODUCER
                    && scope.includes(provinceCode, view.unitCode(), view.neighbourhoodId(), null);
        }
    }

    long insert(String unit, String province, Long neighbourhood, String name, String maker, String contact,
                String note, String by, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO dossier.flag (unit_code, province_code, neighbourhood_id, name, maker, contact, note, status,
                    created_by, created_at)
                VALUES (:unit, :province, :n, :name, :maker, :contact, :note, 'OPEN', :by, :at) RETURNING id""")
                .param("unit", unit).param("province", province).param("n", neighbourhood).param("name", name)
                .param("maker", maker).param("contact", contact).param("note", note).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier.flag f WHERE f.id = :id").param("id", id)
                .query(FlagStore::map).optional();
    }

    List<Stored> list(UnitScope scope, FlagStatus status, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM dossier.flag f WHERE " + ScopeSql.onFlag("f", scope, params)
                + (status == null ? "" : " AND f.status = :status") + " ORDER BY f.created_at DESC, f.id DESC LIMIT :limit";
        if (status != null) {
            params.put("status", status.name());
        }
        params.put("limit", limit);
        return jdbc.sql(sql).params(params).query(FlagStore::map).list();
    }

    public int countOpen(UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM dossier.flag f WHERE " + ScopeSql.onFlag("f", scope, params)
                + " AND f.status = 'OPEN'").params(params).query(Integer.class).single();
    }

    boolean close(long id, int version, FlagStatus status, String note, Long productId, String by, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE dossier.flag SET status = :status, outcome_note = :note, product_id = :product, closed_by = :by,
                       closed_at = :at, version = version + 1
                 WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("status", status.name()).param("note", note).param("product", productId).param("by", by)
                .param("at", at).param("id", id).param("version", version).update() == 1;
    }

    private static Stored map(ResultSet rs, int i) throws SQLException {
        return new Stored(new FlagView(rs.getLong("id"), rs.getString("unit_code"),
                (Long) rs.getObject("neighbourhood_id"), null, rs.getString("name"), rs.getString("maker"),
                rs.getString("contact"), rs.getString("note"), FlagStatus.valueOf(rs.getString("status")),
                rs.getString("outcome_note"), (Long) rs.getObject("product_id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("version")), rs.getString("province_code"));
    }
}
