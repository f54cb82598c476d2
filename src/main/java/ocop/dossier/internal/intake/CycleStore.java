package ocop.dossier.internal.intake;

import ocop.dossier.internal.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.CurrentUser;
import ocop.access.UnitScope;
import ocop.dossier.domain.CycleStep;
import ocop.dossier.domain.ProductCycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes dossier.product_cycle and its history dossier.cycle_event. */
@Component
public class CycleStore {

    private static final String COLUMNS = """
            c.product_id, c.producer_id, c.unit_code, c.province_code, c.neighbourhood_id, c.product_name, c.entry,
            c.step, c.idea_status, c.plan_status, c.plan_summary, c.plan_file_name, c.plan_content_type,
            c.plan_sha256, c.plan_path, c.version""";

    private final JdbcClient jdbc;

    CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CycleRow> find(long productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier.product_cycle c WHERE c.product_id = :p")
                .param("p", productId).query(CycleStore::map).optional();
    }

    void insert(CycleRow r, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO dossier.product_cycle (product_id, producer_id, unit_code, province_code, neighbourhood_id,
                    product_name, entry, step, idea_status, plan_status, updated_at)
                VALUES (:p, :producer, :unit, :province, :n, :name, :entry, :step, :idea, :plan, :now)
                ON CONFLICT (product_id) DO NOTHING""")
                .param("p", r.productId()).param("producer", r.producerId()).param("unit", r.unitCode())
                .param("province", r.provinceCode()).param("n", r.neighbourhoodId()).param("name", r.productName())
                .param("entry", r.cycle().entry().name()).param("step", r.cycle().step().number())
                .param("idea", r.cycle().idea().name()).param("plan", r.cycle().plan().name()).param("now", now)
                .update();
    }

    /** Saves the cycle and the plan if the row still has {@code r.version()}; false when someone else changed it. */
    boolean update(CycleRow r, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE dossier.product_cycle SET step = :step, idea_status = :idea, plan_status = :plan,
                       plan_summary = :summary, plan_file_name = :file, plan_content_type = :type, plan_sha256 = :sha,
                       plan_path = :path, updated_at = :now, version = version + 1
                 WHERE product_id = :p AND version = :version""")
                .param("step", r.cycle().step().number()).param("idea", r.cycle().idea().name())
                .param("plan", r.cycle().plan().name()).param("summary", r.planSummary())
                .param("file", r.planFileName()).param("type", r.planContentType()).param("sha", r.planSha256())
                .param("path", r.planPath()).param("now", now).param("p", r.productId())
                .param("version", r.version()).update() == 1;
    }

    void event(long productId, CycleStep step, ProductCycle.Event event, String note, CurrentUser user,
               OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO dossier.cycle_event (product_id, step, event, note, actor, actor_role, at)
                VALUES (:p, :step, :event, :note, :actor, :role, :at)""")
                .param("p", productId).param("step", step.number()).param("event", event.name()).param("note", note)
                .param("actor", user.username()).param("role", user.role().name()).param("at", at).update();
    }

    List<CycleEvent> events(long productId) {
        return jdbc.sql("SELECT step, event, note, actor, actor_role, at FROM dossier.cycle_event WHERE product_id = :p"
                        + " ORDER BY at, id").param("p", productId)
                .query((rs, i) -> new CycleEvent(CycleStep.ofNumber(rs.getInt("step")),
                        ProductCycle.Event.valueOf(rs.getString("event")), rs.getString("note"), rs.getString("actor"),
                        rs.getString("actor_role"), rs.getObject("at", OffsetDateTime.class))).list();
    }

    /** Cycles in the scope waiting for the ward: registrations and plans to decide on. */
    public List<CycleRow> awaitingWard(UnitScope scope, int limit) {
        return filtered(scope, "(c.idea_status = 'PENDING' OR c.plan_status = 'SUBMITTED')", limit);
    }

    /** Cycles in the scope waiting for the producer: a returned registration, a plan to write or rewrite. */
    public List<CycleRow> awaitingProducer(UnitScope scope, int limit) {
        return filtered(scope, "(c.idea_status = 'RETURNED' OR (c.entry = 'NEW_IDEA' AND c.idea_status = 'ACCEPTED'"
                + " AND c.plan_status IN ('NONE', 'RETURNED')))", limit);
    }

    private List<CycleRow> filtered(UnitScope scope, String condition, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM dossier.product_cycle c WHERE " + ScopeSql.on("c", scope, params)
                + " AND " + condition + " ORDER BY c.updated_at LIMIT :limit";
        params.put("limit", limit);
        return jdbc.sql(sql).params(params).query(CycleStore::map).list();
    }

    private static CycleRow map(ResultSet rs, int i) throws SQLException {
        ProductCycle cycle = new ProductCycle(ProductCycle.Entry.valueOf(rs.getString("entry")),
                CycleStep.ofNumber(rs.getInt("step")), ProductCycle.Idea.valueOf(rs.getString("idea_status")),
                ProductCycle.Plan.valueOf(rs.getString("plan_status")));
        return new CycleRow(rs.getLong("product_id"), rs.getLong("producer_id"), rs.getString("unit_code"),
                rs.getString("province_code"), (Long) rs.getObject("neighbourhood_id"), rs.getString("product_name"),
                cycle, rs.getString("plan_summary"), rs.getString("plan_file_name"), rs.getString("plan_content_type"),
                rs.getString("plan_sha256"), rs.getString("plan_path"), rs.getInt("version"));
    }
}
