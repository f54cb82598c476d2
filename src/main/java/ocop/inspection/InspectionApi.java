package ocop.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Kiểm tra, giám sát sản phẩm OCOP (hậu kiểm, Điều 9) for pages, the REST API and other modules. Every call acts as
 * the signed-in user: reads are scoped by its {@link ocop.access.UnitScope} (a record outside it is a
 * {@link ocop.system.NotFoundException}); who may write is {@code ocop.inspection.domain.InspectionPermissions}.
 * Bad input: {@link ocop.system.InvalidInputException} naming the fields in Vietnamese; a stale {@code version}:
 * {@link ocop.system.ConflictException}; a role that may not act: {@link ocop.system.ForbiddenException}.
 */
public interface InspectionApi {

    // Plans (kế hoạch kiểm tra)

    /** The plans of the user's scope, newest year first; {@code year} null: every year. */
    List<PlanView> plans(Integer year);

    PlanView plan(long id);

    PlanView createPlan(PlanInput input);

    /** Changes title, year and quarter of a draft plan. */
    PlanView updatePlan(long id, PlanInput input);

    /** Approves a draft plan (ward leader, province officer, admin). */
    PlanView approvePlan(long id, int version);

    /** Closes an approved plan; its items can no longer be changed. */
    PlanView closePlan(long id, int version);

    /** Adds a product of the plan's unit to a draft or approved plan. */
    PlanView.Item addPlanItem(long planId, PlanItemInput input);

    /** Removes an item no visit has started from. */
    void removePlanItem(long planId, long itemId);

    // Ad-hoc requests (kiểm tra đột xuất)

    /** Raises an ad-hoc inspection of a product (a complaint, another reason, an expired certificate by hand). */
    AdHocRequestView raiseAdHoc(AdHocInput input);

    /**
     * Raises an ad-hoc request and starts its visit at once (kiểm tra đột xuất ngay tại chỗ), today, with the signed-in
     * user as inspector: both or neither.
     */
    VisitView raiseAndStart(AdHocInput input);

    /** One ad-hoc request of the user's scope (officials only), waiting or already visited. */
    AdHocRequestView request(long id);

    /** The ad-hoc requests of the user's scope no visit has started from, oldest first. */
    List<AdHocRequestView> waitingRequests();

    // Visits (lần kiểm tra)

    /** Starts a visit from a plan item, an ad-hoc request or on the spot; its checklist is fixed now. */
    VisitView startVisit(StartVisitInput input);

    VisitView visit(long id);

    /** The visits of a product the user may see, newest first (a producer: its submitted visits only). */
    List<VisitSummary> visitsOfProduct(long productId);

    /** Saves answers of a draft visit; idempotent by client draft id and version. */
    VisitView saveDraft(long visitId, DraftInput input);

    VisitView.Photo addPhoto(long visitId, PhotoInput input);

    PhotoFile photo(long visitId, long photoId);

    FindingView addFinding(long visitId, FindingInput input);

    ActionView addAction(long findingId, ActionInput input);

    /** Submits a draft visit with its outcome (the rules of {@code ocop.inspection.domain.OutcomeRules}). */
    VisitView submit(long visitId, SubmitInput input);

    /**
     * Drafts the proposal to the province to revoke the certificate (văn bản đề nghị thu hồi) of a visit submitted with
     * PROPOSE_REVOCATION, as the signed-in ward officer (or admin), when it was not drafted on submission (e.g. a
     * province officer submitted); returns the visit, with {@code proposalDocumentId}. Idempotent: an existing draft is
     * kept. {@code created} tells whether this call drafted it.
     */
    ProposalResult draftRevocationProposal(long visitId);

    /** The visit after {@link #draftRevocationProposal}, and whether that call drafted the document. */
    record ProposalResult(VisitView visit, boolean created) {
    }

    /** Starts a follow-up visit of a submitted visit (same inspection chain, a fresh checklist). */
    VisitView startFollowUp(long visitId, FollowUpInput input);

    // Corrective actions (biện pháp khắc phục)

    /** Marks an open action done on a draft follow-up visit of its inspection. */
    ActionView closeAction(long actionId, ActionCloseInput input);

    ActionView escalateAction(long actionId, ActionEscalateInput input);

    /** One corrective action the user may see (a producer: those of its own submitted visits). */
    ActionView action(long id);

    /** The open actions of the user's scope, deadline first, each with its overdue flag. */
    List<ActionView> openActions();

    /** The signed-in inspector's day: planned visits, drafts in progress, waiting ad-hoc requests. */
    TodayView today(LocalDate day);
}
