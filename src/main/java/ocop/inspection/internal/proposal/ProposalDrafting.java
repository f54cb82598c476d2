package ocop.inspection.internal.proposal;

import ocop.inspection.internal.VisitRow;
import ocop.inspection.internal.VisitStore;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.inspection.InspectionApi.ProposalResult;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.VisitStatus;
import ocop.inspection.domain.InspectionPermissions;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Soạn văn bản đề nghị thu hồi theo yêu cầu: a ward officer (or admin) drafts the proposal of a visit submitted with
 * PROPOSE_REVOCATION when it was not drafted on submission; an existing draft is returned as it is.
 */
@Service
public class ProposalDrafting {

    private final VisitStore visits;
    private final VisitRevocationProposals proposals;
    private final AccessApi access;

    ProposalDrafting(VisitStore visits, VisitRevocationProposals proposals, AccessApi access) {
        this.visits = visits;
        this.proposals = proposals;
        this.access = access;
    }

    @Transactional
    public ProposalResult draft(long visitId) {
        CurrentUser user = access.currentUser();
        VisitRow v = visits.load(visitId, user, false);
        if (!InspectionPermissions.mayWrite(user, v.unitCode(), v.provinceCode())) {
            throw new ForbiddenException("Bạn không được soạn văn bản về biên bản kiểm tra này.");
        }
        if (v.status() != VisitStatus.SUBMITTED || v.outcome() != InspectionOutcome.PROPOSE_REVOCATION) {
            throw new ConflictException("outcome", "Chỉ soạn văn bản đề nghị thu hồi cho biên bản đã hoàn thành với "
                    + "kết luận đề nghị thu hồi giấy chứng nhận.");
        }
        if (!InspectionPermissions.mayDraftProposal(user, v.unitCode())) {
            throw new ForbiddenException("Văn bản đề nghị gửi UBND tỉnh do cán bộ Phòng Kinh tế của phường soạn.");
        }
        VisitRevocationProposals.Outcome outcome = proposals.draft(visitId, user.username());
        return new ProposalResult(visits.view(visits.load(visitId, user, false)), outcome.created());
    }
}
