package ocop.dossier.internal.intake;

import java.time.OffsetDateTime;
import ocop.dossier.domain.CycleStep;
import ocop.dossier.domain.ProductCycle;

/** One dated line of a product's cycle history (lịch sử chu trình): step, event, note or reasons, who, when. */
public record CycleEvent(CycleStep step, ProductCycle.Event event, String note, String actor, String actorRole,
                         OffsetDateTime at) {
}
