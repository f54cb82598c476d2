package ocop.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.access.CurrentUser;
import ocop.certification.Article8Ground;
import ocop.inspection.ActionView;
import ocop.inspection.Answer;
import ocop.inspection.FindingView;
import ocop.inspection.Severity;
import ocop.inspection.VisitSummary;
import ocop.inspection.VisitView;
import ocop.inspection.domain.CorrectiveActionState;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads visits, their checklist, photos, findings and actions within the user's scope, and maps them to views. */
@Component
public class VisitStore {

    /** A checklist item row of a visit. */
    record ItemRow(String sectionCode, String sectionName, String code, String text, String hint,
                   String criterionCode, Answer answer, String note) {
    }

    /** The revocation proposal of a visit (all null when none). */
    private record Proposal(Long documentId, String issuedNumber, LocalDate issuedOn) {
    }

    /** A finding row. */
    record FindingRow(long id, long visitId, String itemCode, String text, Severity severity) {
    }

    private final JdbcClient jdbc;
    private final InspectorsJson inspectors;
    private final ProductFacts facts;
    private final Clock clock;

    VisitStore(JdbcClient jdbc, InspectorsJson inspectors, ProductFacts facts, Clock clock) {
        this.jdbc = jdbc;
        this.inspectors = inspectors;
        this.facts = facts;
        this.clock = clock;
    }

    public VisitRow load(long id, CurrentUser user, boolean forUpdate) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String scope = InspectionScope.visits(user, "v", params);
        return jdbc.sql("SELECT " + VisitRow.COLUMNS + " FROM inspection.visit v WHERE v.id = :id AND " + scope
                        + (forUpdate ? " FOR UPDATE" : ""))
                .params(params).query(VisitRow.class).optional()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy biên bản kiểm tra."));
    }

    /** The visit, locked, whoever asks (for work done on the module's own behalf, e.g. after an event). */
    public VisitRow lock(long id) {
        return jdbc.sql("SELECT " + VisitRow.COLUMNS + " FROM inspection.visit v WHERE v.id = :id FOR UPDATE")
                .param("id", id).query(VisitRow.class).optional()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy biên bản kiểm tra."));
    }

    List<ItemRow> items(long visitId) {
        return jdbc.sql("""
                SELECT section_code, section_name, code, text, hint, criterion_code, answer, note
                  FROM inspection.visit_item WHERE visit_id = :v ORDER BY position""")
                .param("v", visitId).query(ItemRow.class).list();
    }

    List<FindingRow> findings(long visitId) {
        return jdbc.sql("SELECT id, visit_id, item_code, text, severity FROM inspection.finding WHERE visit_id = :v "
                        + "ORDER BY id").param("v", visitId).query(FindingRow.class).list();
    }

    /** Every action of an inspection chain (the initial visit and its follow-ups). */
    List<ActionRow> chainActions(long rootVisitId) {
        return jdbc.sql(ActionRow.SELECT + " WHERE a.root_visit_id = :r ORDER BY a.id")
                .param("r", rootVisitId).query(ActionRow.class).list();
    }

    List<VisitSummary> summaries(String where, Map<String, Object> params, CurrentUser user) {
        String scope = InspectionScope.visits(user, "v", params);
        ProductFacts.Names names = facts.names();
        return jdbc.sql("SELECT " + VisitRow.COLUMNS + " FROM inspection.visit v WHERE " + where + " AND " + scope
                        + " ORDER BY v.visited_on DESC, v.id DESC")
                .params(params).query(VisitRow.class).list().stream()
                .map(v -> new VisitSummary(v.id(), v.productId(), names.product(v.productId()), v.kind(),
                        v.visitedOn(), v.status(), v.outcome()))
                .toList();
    }

    public VisitView view(VisitRow v) {
        ProductFacts.Names names = facts.names();
        Map<String, List<VisitView.Item>> bySection = new LinkedHashMap<>();
        Map<String, String> sectionNames = new HashMap<>();
        for (ItemRow i : items(v.id())) {
            sectionNames.putIfAbsent(i.sectionCode(), i.sectionName());
            bySection.computeIfAbsent(i.sectionCode(), k -> new ArrayList<>()).add(new VisitView.Item(i.code(),
                    i.text(), i.hint(), i.criterionCode(), i.answer(), i.note()));
        }
        List<VisitView.Section> sections = bySection.entrySet().stream()
                .map(e -> new VisitView.Section(e.getKey(), sectionNames.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        List<ActionRow> actions = jdbc.sql(ActionRow.SELECT + " WHERE a.visit_id = :v ORDER BY a.id")
                .param("v", v.id()).query(ActionRow.class).list();
        List<FindingView> findings = findings(v.id()).stream()
                .map(f -> new FindingView(f.id(), f.visitId(), f.itemCode(), f.text(), f.severity(),
                        actions.stream().filter(a -> a.findingId() == f.id()).map(a -> action(a, names)).toList()))
                .toList();
        Proposal proposal = jdbc.sql("""
                SELECT document_id, issued_number, issued_on FROM inspection.revocation_proposal WHERE visit_id = :v""")
                .param("v", v.id()).query(Proposal.class).optional().orElse(new Proposal(null, null, null));
        return new VisitView(v.id(), v.unitCode(), v.productId(), names.product(v.productId()), v.producerId(),
                names.producer(v.producerId()), v.planItemId(), v.adhocRequestId(), v.reason(), v.sourceRef(),
                v.kind(), v.previousVisitId(), v.rootVisitId(), v.visitedOn(), inspectors.read(v.inspectors()),
                v.status(), v.templateCode(), v.templateVersion(), v.starsAtVisit(), v.criteriaSheetCode(),
                v.criteriaSheetVersion(), sections, photos(v.id()), findings, v.outcome(),
                v.revocationGround() == null ? null : Article8Ground.valueOf(v.revocationGround()), v.conclusion(),
                v.clientDraftId(), v.clientDraftVersion(), proposal.documentId(), proposal.issuedNumber(),
                proposal.issuedOn(), v.version());
    }

    List<VisitView.Photo> photos(long visitId) {
        return jdbc.sql("""
                SELECT id, item_code, file_name, content_type, size_bytes, sha256, latitude, longitude,
                       accuracy_m AS accuracy_metres, taken_at
                  FROM inspection.visit_photo WHERE visit_id = :v ORDER BY id""")
                .param("v", visitId)
                .query((rs, n) -> new VisitView.Photo(rs.getLong("id"), rs.getString("item_code"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                        rs.getBigDecimal("accuracy_metres"), rs.getObject("taken_at", java.time.OffsetDateTime.class)))
                .list();
    }

    ActionView action(ActionRow a, ProductFacts.Names names) {
        LocalDate today = LocalDate.now(clock);
        return new ActionView(a.id(), a.findingId(), a.visitId(), a.rootVisitId(), a.productId(),
                names.product(a.productId()), a.findingText(), a.severity(), a.description(), a.owner(),
                a.deadline(), a.status(), new CorrectiveActionState(a.status(), a.deadline()).overdue(today),
                a.closedVisitId(), a.closedOn(), a.closingNote(), a.escalatedOn(), a.escalationNote(), a.version());
    }

    ActionView action(ActionRow a) {
        return action(a, facts.names());
    }
}
