package ocop.inspection.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.CurrentUser;
import ocop.inspection.PlanView;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads plans and plan items within the user's scope and maps them to views. */
@Component
class PlanStore {

    static final String ITEM_COLUMNS = """
            i.id, i.plan_id, i.unit_code, i.province_code, i.product_id, i.producer_id, i.planned_on,
            i.inspectors::text AS inspectors, i.note,
            (SELECT v.id FROM inspection.visit v WHERE v.plan_item_id = i.id AND v.kind = 'INITIAL') AS visit_id,
            i.version""";

    private final JdbcClient jdbc;
    private final InspectorsJson inspectors;
    private final ProductFacts facts;

    PlanStore(JdbcClient jdbc, InspectorsJson inspectors, ProductFacts facts) {
        this.jdbc = jdbc;
        this.inspectors = inspectors;
        this.facts = facts;
    }

    PlanRow load(long id, CurrentUser user, boolean forUpdate) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String scope = InspectionScope.internal(user, "p", params);
        return jdbc.sql("SELECT * FROM inspection.plan p WHERE p.id = :id AND " + scope
                        + (forUpdate ? " FOR UPDATE" : ""))
                .params(params).query(PlanRow.class).optional()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy kế hoạch kiểm tra."));
    }

    List<PlanRow> list(CurrentUser user, Integer year) {
        Map<String, Object> params = new HashMap<>();
        String scope = InspectionScope.internal(user, "p", params);
        if (year != null) {
            params.put("year", year);
            scope += " AND p.year = :year";
        }
        return jdbc.sql("SELECT * FROM inspection.plan p WHERE " + scope
                        + " ORDER BY p.year DESC, p.quarter NULLS FIRST, p.id DESC")
                .params(params).query(PlanRow.class).list();
    }

    Optional<PlanItemRow> item(long itemId, CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", itemId);
        String scope = InspectionScope.internal(user, "i", params);
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM inspection.plan_item i WHERE i.id = :id AND " + scope)
                .params(params).query(PlanItemRow.class).optional();
    }

    List<PlanItemRow> items(long planId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM inspection.plan_item i WHERE i.plan_id = :p "
                        + "ORDER BY i.planned_on, i.id")
                .param("p", planId).query(PlanItemRow.class).list();
    }

    PlanView view(PlanRow p) {
        ProductFacts.Names names = facts.names();
        List<PlanView.Item> items = items(p.id()).stream().map(i -> itemView(i, names)).toList();
        return new PlanView(p.id(), p.unitCode(), p.year(), p.quarter(), p.title(), p.status(), p.approvedBy(),
                p.approvedOn(), p.createdBy(), items, p.version());
    }

    PlanView.Item itemView(PlanItemRow i) {
        return itemView(i, facts.names());
    }

    PlanView.Item itemView(PlanItemRow i, ProductFacts.Names names) {
        return new PlanView.Item(i.id(), i.planId(), i.productId(), names.product(i.productId()), i.producerId(),
                names.producer(i.producerId()), i.plannedOn(), inspectors.read(i.inspectors()), i.note(), i.visitId(),
                i.version());
    }
}
