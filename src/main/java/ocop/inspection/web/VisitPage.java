package ocop.inspection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.access.AuditTrail;
import ocop.access.Role;
import ocop.certification.Article8Ground;
import ocop.inspection.ActionStatus;
import ocop.inspection.ActionView;
import ocop.inspection.Answer;
import ocop.inspection.InspectionApi;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.Severity;
import ocop.inspection.VisitStatus;
import ocop.inspection.VisitView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The visit page's model: the visit, whether the user writes it (the phone form) or reads it, the actions of earlier
 * visits of the same inspection (closed or escalated on a follow-up), and each form with what was typed and its errors
 * (keys prefixed by form: {@code finding.text}, {@code action.owner}, {@code note.note}; the outcome's own).
 */
@Component
class VisitPage {

    private static final int MAX_CHAIN = 50;

    private final InspectionApi api;
    private final InspectionPageAccess pages;
    private final AuditTrail audit;

    VisitPage(InspectionApi api, InspectionPageAccess pages, AuditTrail audit) {
        this.api = api;
        this.pages = pages;
        this.audit = audit;
    }

    /** What the user typed into one of the forms, sent back with the errors. */
    record Typed(FindingForm finding, Long actionFor, ActionForm action, SubmitForm submit, Long noteFor,
                 ActionNoteForm note) {

        static Typed none() {
            return new Typed(FindingForm.empty(), null, ActionForm.empty(), SubmitForm.empty(), null, null);
        }
    }

    String render(long id, Typed typed, Map<String, String> errors, Model model) {
        VisitView v = api.visit(id);
        boolean mayWrite = pages.mayWrite(v.unitCode());
        List<ActionView> earlier = earlierActions(v);
        boolean openInChain = earlier.stream().anyMatch(a -> a.status() == ActionStatus.OPEN)
                || v.findings().stream().flatMap(f -> f.actions().stream())
                .anyMatch(a -> a.status() == ActionStatus.OPEN);
        model.addAttribute("section", "inspections");
        model.addAttribute("v", v);
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("editable", mayWrite && v.status() == VisitStatus.DRAFT);
        model.addAttribute("earlierActions", earlier);
        model.addAttribute("mayFollowUp", mayWrite && v.status() == VisitStatus.SUBMITTED && openInChain);
        model.addAttribute("official", !pages.me().is(Role.PRODUCER));
        model.addAttribute("answers", Answer.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("outcomes", InspectionOutcome.values());
        model.addAttribute("grounds", Article8Ground.values());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        boolean readsHistory = (mayWrite || pages.me().is(Role.WARD_LEADER))
                && v.status() == VisitStatus.SUBMITTED;
        model.addAttribute("history", readsHistory ? audit.history("inspection_visit", id) : List.of());
        return "inspection/visit";
    }

    /** The actions of the visits before this one in its inspection (kiểm tra lại), oldest visit first. */
    private List<ActionView> earlierActions(VisitView v) {
        List<VisitView> chain = new ArrayList<>();
        Long previous = v.previousVisitId();
        while (previous != null && chain.size() < MAX_CHAIN) {
            VisitView p = api.visit(previous);
            chain.add(0, p);
            previous = p.previousVisitId();
        }
        return chain.stream().flatMap(p -> p.findings().stream()).flatMap(f -> f.actions().stream()).toList();
    }
}
