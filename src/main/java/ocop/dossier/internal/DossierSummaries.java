package ocop.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import ocop.criteria.CriteriaApi;
import ocop.criteria.SelfAssessmentSummary;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.WardClock;
import ocop.dossier.domain.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Rows → {@link DossierSummary}, with the working days left on the ward's clock counted for today. Lists leave
 * {@code selfAssessmentId} null; a single dossier read ({@link #full}) fills it from the criteria module, scoped to
 * the signed-in user.
 */
@Component
public class DossierSummaries {

    private final WorkingDayCalendar calendar;
    private final WardClock wardClock;
    private final Clock clock;
    private final CriteriaApi criteria;

    DossierSummaries(WorkingDayCalendar calendar, WardClock wardClock, Clock clock, CriteriaApi criteria) {
        this.calendar = calendar;
        this.wardClock = wardClock;
        this.clock = clock;
        this.criteria = criteria;
    }

    /** As {@link #of}, with the product's self-assessment id when the signed-in user may read it. */
    DossierSummary full(DossierRow r) {
        return of(r, selfAssessment(r.productId()).map(SelfAssessmentSummary::id).orElse(null));
    }

    /** The product's self-assessment (Mẫu 02 Part III), when the signed-in user may read it. */
    Optional<SelfAssessmentSummary> selfAssessment(long productId) {
        return criteria.latestSelfAssessment(productId);
    }

    public DossierSummary of(DossierRow r) {
        return of(r, null);
    }

    DossierSummary of(DossierRow r, Long selfAssessmentId) {
        Integer left = r.status().wardClockRuns() && r.wardDeadline() != null
                ? calendar.workingDaysBetween(today(), r.wardDeadline()) : null;
        return new DossierSummary(r.id(), r.productId(), r.productName(), r.producerId(), r.producerName(),
                r.unitCode(), r.kind(), r.year(), r.round(), r.status(), r.registrationNo(), r.receivedOn(),
                r.wardDeadline(), left, r.sheetCode(), r.sheetVersion(), selfAssessmentId, r.version());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The deadline of a clock started on {@code receivedOn}. */
    LocalDate deadline(LocalDate receivedOn) {
        return wardClock.deadline(calendar, receivedOn);
    }

    Clock clock() {
        return clock;
    }

    WardClock wardClock() {
        return wardClock;
    }
}
