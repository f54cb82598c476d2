package ocop.inspection.internal.candidates;

import java.util.List;
import ocop.access.AccessApi;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.CandidateKind;
import ocop.inspection.CandidateLists;
import ocop.inspection.CandidateReady;
import ocop.inspection.Candidate;
import ocop.inspection.CandidateUpgrade;
import ocop.inspection.candidates.CandidatePermissions;
import ocop.system.ForbiddenException;
import org.springframework.stereotype.Service;

/** {@link CandidateLists}: the role is checked first, then each list is computed in the user's scope. */
@Service
class DefaultCandidateLists implements CandidateLists {

    private final AccessApi access;
    private final ReadyList ready;
    private final UpgradeList upgrade;
    private final AtRiskList atRisk;

    DefaultCandidateLists(AccessApi access, ReadyList ready, UpgradeList upgrade, AtRiskList atRisk) {
        this.access = access;
        this.ready = ready;
        this.upgrade = upgrade;
        this.atRisk = atRisk;
    }

    @Override
    public List<Candidate> list(CandidateKind kind) {
        return List.copyOf(switch (kind) {
            case READY -> ready();
            case UPGRADE -> upgrade();
            case AT_RISK -> atRisk();
        });
    }

    @Override
    public List<CandidateReady> ready() {
        check();
        return ready.rows();
    }

    @Override
    public List<CandidateUpgrade> upgrade() {
        check();
        return upgrade.rows();
    }

    @Override
    public List<CandidateAtRisk> atRisk() {
        check();
        return atRisk.rows();
    }

    private void check() {
        if (!CandidatePermissions.mayRead(access.currentUser().role())) {
            throw new ForbiddenException("Vai trò của bạn không được xem danh sách rà soát phục vụ kiểm tra, giám sát.");
        }
    }
}
