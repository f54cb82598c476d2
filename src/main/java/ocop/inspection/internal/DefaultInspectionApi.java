package ocop.inspection.internal;

import ocop.inspection.internal.proposal.ProposalDrafting;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.inspection.ActionCloseInput;
import ocop.inspection.ActionEscalateInput;
import ocop.inspection.ActionInput;
import ocop.inspection.ActionView;
import ocop.inspection.AdHocInput;
import ocop.inspection.AdHocRequestView;
import ocop.inspection.DraftInput;
import ocop.inspection.FindingInput;
import ocop.inspection.FindingView;
import ocop.inspection.FollowUpInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.PhotoFile;
import ocop.inspection.PhotoInput;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.inspection.PlanView;
import ocop.inspection.StartVisitInput;
import ocop.inspection.SubmitInput;
import ocop.inspection.TodayView;
import ocop.inspection.VisitSummary;
import ocop.inspection.VisitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's one public bean: delegates to the service of each part. */
@Service
class DefaultInspectionApi implements InspectionApi {

    private final InspectionPlans plans;
    private final AdHocRequests requests;
    private final VisitService visitService;
    private final VisitStore visits;
    private final VisitDrafts drafts;
    private final VisitEvidence evidence;
    private final CorrectiveActions actions;
    private final InspectorDay day;
    private final ProposalDrafting proposalDrafting;
    private final AccessApi access;

    DefaultInspectionApi(InspectionPlans plans, AdHocRequests requests, VisitService visitService, VisitStore visits,
                         VisitDrafts drafts, VisitEvidence evidence, CorrectiveActions actions, InspectorDay day,
                         ProposalDrafting proposalDrafting, AccessApi access) {
        this.proposalDrafting = proposalDrafting;
        this.plans = plans;
        this.requests = requests;
        this.visitService = visitService;
        this.visits = visits;
        this.drafts = drafts;
        this.evidence = evidence;
        this.actions = actions;
        this.day = day;
        this.access = access;
    }

    @Override
    public List<PlanView> plans(Integer year) {
        return plans.plans(year);
    }

    @Override
    public PlanView plan(long id) {
        return plans.plan(id);
    }

    @Override
    public PlanView createPlan(PlanInput input) {
        return plans.create(input);
    }

    @Override
    public PlanView updatePlan(long id, PlanInput input) {
        return plans.update(id, input);
    }

    @Override
    public PlanView approvePlan(long id, int version) {
        return plans.approve(id, version);
    }

    @Override
    public PlanView closePlan(long id, int version) {
        return plans.close(id, version);
    }

    @Override
    public PlanView.Item addPlanItem(long planId, PlanItemInput input) {
        return plans.addItem(planId, input);
    }

    @Override
    public void removePlanItem(long planId, long itemId) {
        plans.removeItem(planId, itemId);
    }

    @Override
    public AdHocRequestView raiseAdHoc(AdHocInput input) {
        return requests.raise(input);
    }

    @Override
    @Transactional
    public VisitView raiseAndStart(AdHocInput input) {
        return visitService.start(StartVisitInput.fromRequest(requests.raise(input).id(), null));
    }

    @Override
    @Transactional(readOnly = true)
    public AdHocRequestView request(long id) {
        return requests.view(requests.load(id, access.currentUser()));
    }

    @Override
    public List<AdHocRequestView> waitingRequests() {
        return requests.waiting();
    }

    @Override
    public VisitView startVisit(StartVisitInput input) {
        return visitService.start(input);
    }

    @Override
    @Transactional(readOnly = true)
    public VisitView visit(long id) {
        return visits.view(visits.load(id, access.currentUser(), false));
    }

    @Override
    @Transactional(readOnly = true)
    public List<VisitSummary> visitsOfProduct(long productId) {
        Map<String, Object> params = new HashMap<>();
        params.put("product", productId);
        return visits.summaries("v.product_id = :product", params, access.currentUser());
    }

    @Override
    public VisitView saveDraft(long visitId, DraftInput input) {
        return drafts.save(visitId, input);
    }

    @Override
    public VisitView.Photo addPhoto(long visitId, PhotoInput input) {
        return evidence.addPhoto(visitId, input);
    }

    @Override
    public PhotoFile photo(long visitId, long photoId) {
        return evidence.photo(visitId, photoId);
    }

    @Override
    public FindingView addFinding(long visitId, FindingInput input) {
        return evidence.addFinding(visitId, input);
    }

    @Override
    public ActionView addAction(long findingId, ActionInput input) {
        return actions.add(findingId, input);
    }

    @Override
    public VisitView submit(long visitId, SubmitInput input) {
        VisitView submitted = drafts.submit(visitId, input);
        // committed; a proposal to revoke has been drafted after commit: read the visit again to show it
        return submitted.outcome() == InspectionOutcome.PROPOSE_REVOCATION ? visit(visitId) : submitted;
    }

    @Override
    public ProposalResult draftRevocationProposal(long visitId) {
        return proposalDrafting.draft(visitId);
    }

    @Override
    public VisitView startFollowUp(long visitId, FollowUpInput input) {
        return visitService.followUp(visitId, input);
    }

    @Override
    public ActionView closeAction(long actionId, ActionCloseInput input) {
        return actions.close(actionId, input);
    }

    @Override
    public ActionView escalateAction(long actionId, ActionEscalateInput input) {
        return actions.escalate(actionId, input);
    }

    @Override
    public ActionView action(long id) {
        return actions.view(id);
    }

    @Override
    public List<ActionView> openActions() {
        return actions.open();
    }

    @Override
    public TodayView today(LocalDate day) {
        return this.day.of(day);
    }
}
