package ocop.dossier.internal;

import java.time.OffsetDateTime;
import java.util.List;
import ocop.dossier.DossierStatus;
import ocop.dossier.ReturnReason;

/**
 * One move in a dossier's history (một bước xử lý): {@code action} is a {@link ocop.dossier.DossierAction} name or
 * {@code CREATE}; the states before and after, the note, the reasons of a return, who and when.
 */
public record HistoryEntry(String action, DossierStatus from, DossierStatus to, String note, List<ReturnReason> reasons,
                           String actor, String actorRole, OffsetDateTime at) {

    public String labelKey() {
        return "dossier.action." + action;
    }
}
