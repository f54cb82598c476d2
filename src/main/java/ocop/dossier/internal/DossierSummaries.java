package ocop.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.WardClock;
import ocop.dossier.domain.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** Rows → {@link DossierSummary}, with the working days left on the ward's clock counted for today. */
@Component
class DossierSummaries {

    private final WorkingDayCalendar calendar;
    private final WardClock wardClock;
    private final Clock clock;

    DossierSummaries(WorkingDayCalendar calendar, WardClock wardClock, Clock clock) {
        this.calendar = calendar;
        this.wardClock = wardClock;
        this.clock = clock;
    }

    DossierSummary of(DossierRow r) {
        Integer left = r.status().wardClockRuns() && r.wardDeadline() != null
                ? calendar.workingDaysBetween(today(), r.wardDeadline()) : null;
        return new DossierSummary(r.id(), r.productId(), r.productName(), r.producerId(), r.producerName(),
                r.unitCode(), r.kind(), r.year(), r.round(), r.status(), r.registrationNo(), r.receivedOn(),
                r.wardDeadline(), left, r.sheetCode(), r.sheetVersion(), null, r.version());
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
