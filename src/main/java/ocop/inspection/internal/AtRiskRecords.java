package ocop.inspection.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.inspection.candidates.ActionStanding;
import ocop.inspection.candidates.LogoAfterExpiryRule;
import ocop.inspection.candidates.LogoCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the at-risk sources of the candidate lists read of the inspection tables, scoped like every visit read
 * ({@link InspectionScope#visits}): the open corrective actions and what each submitted visit recorded in the section
 * on the OCOP mark. The selection itself is the plain rules of {@code ocop.inspection.candidates}.
 */
@Component
public class AtRiskRecords {

    private final JdbcClient jdbc;
    private final AccessApi access;

    AtRiskRecords(JdbcClient jdbc, AccessApi access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Every open corrective action of the user's scope, with whether its visit is submitted. */
    @Transactional(readOnly = true)
    public List<ActionStanding> openActions() {
        Map<String, Object> params = new HashMap<>();
        String scope = InspectionScope.visits(access.currentUser(), "v", params);
        return jdbc.sql("""
                SELECT a.id AS action_id, v.product_id, a.status, a.deadline, a.description,
                       v.status = 'SUBMITTED' AS visit_submitted
                  FROM inspection.corrective_action a
                  JOIN inspection.visit v ON v.id = a.visit_id
                 WHERE a.status = 'OPEN' AND\s""" + scope + " ORDER BY a.deadline, a.id")
                .params(params).query(ActionStanding.class).list();
    }

    /**
     * Every submitted visit of the user's scope with the items of the {@value LogoAfterExpiryRule#SECTION} section it
     * answered "không đạt" and the findings it recorded on that section's items.
     */
    @Transactional(readOnly = true)
    public List<LogoCheck> logoChecks() {
        Map<String, Object> params = new HashMap<>();
        params.put("section", LogoAfterExpiryRule.SECTION);
        String scope = InspectionScope.visits(access.currentUser(), "v", params);
        return jdbc.sql("""
                SELECT v.id, v.product_id, v.visited_on,
                       ARRAY(SELECT i.code FROM inspection.visit_item i
                              WHERE i.visit_id = v.id AND i.section_code = :section AND i.answer = 'NOT_MEETS'
                              ORDER BY i.position) AS items_not_met,
                       ARRAY(SELECT f.text FROM inspection.finding f
                               JOIN inspection.visit_item i ON i.visit_id = f.visit_id AND i.code = f.item_code
                              WHERE f.visit_id = v.id AND i.section_code = :section ORDER BY f.id) AS findings
                  FROM inspection.visit v
                 WHERE v.status = 'SUBMITTED' AND\s""" + scope)
                .params(params)
                .query((rs, n) -> new LogoCheck(rs.getLong("id"), rs.getLong("product_id"),
                        rs.getObject("visited_on", java.time.LocalDate.class), texts(rs, "items_not_met"),
                        texts(rs, "findings")))
                .list();
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
