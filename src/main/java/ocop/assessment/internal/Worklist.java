package ocop.assessment.internal;

import java.util.Comparator;
import java.util.List;
import ocop.access.CurrentUser;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ward's work list (việc cần làm ở bước đánh giá tại phường): dossiers being assessed, fewest working days left
 * first; dossiers whose report was issued and that wait for the request to the province; dossiers at the province
 * waiting for its result.
 */
@Service
public class Worklist {

    /** The three groups of the page. */
    public record Groups(List<DossierSummary> assessing, List<DossierSummary> reported, List<DossierSummary> atProvince,
                         boolean mayAssess, boolean mayRecordResult, boolean mayPackage) {
    }

    private final DossierPort dossiers;
    private final MeetingService meetings;

    Worklist(DossierPort dossiers, MeetingService meetings) {
        this.dossiers = dossiers;
        this.meetings = meetings;
    }

    @Transactional(readOnly = true)
    public Groups groups() {
        CurrentUser me = meetings.reader();
        List<DossierSummary> assessing = dossiers.inStates(DossierStatus.WARD_ASSESSMENT).stream()
                .sorted(Comparator.comparing((DossierSummary d) -> d.workingDaysLeft() == null ? Integer.MAX_VALUE
                        : d.workingDaysLeft())).toList();
        return new Groups(assessing, dossiers.inStates(DossierStatus.REPORT_ISSUED),
                dossiers.inStates(DossierStatus.SENT_TO_PROVINCE, DossierStatus.PROPOSED_TO_MINISTRY),
                AssessmentPermissions.mayAssess(me), AssessmentPermissions.mayRecordResult(me),
                AssessmentPermissions.mayDownloadPackage(me));
    }
}
