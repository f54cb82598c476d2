package ocop.dossier;

import java.util.List;
import java.util.Optional;
import ocop.dossier.DossierAction;

/**
 * What other modules ask of dossiers. Every call acts as the signed-in user and is scoped like the registry:
 * outside the user's scope a dossier does not exist. Moves go through {@link ocop.dossier.domain.Transitions}.
 */
public interface DossierApi {

    Optional<DossierSummary> dossier(long id);

    /** Dossiers of the user's scope in the given states (all states when empty). */
    List<DossierSummary> dossiers(List<ocop.dossier.DossierStatus> states);

    /**
     * Applies an action (e.g. ISSUE_REPORT after the leader issued Mẫu 03, SEND_TO_PROVINCE after the request was
     * issued), checking the role, the state and the optimistic-lock {@code expectedVersion} (null: no check).
     */
    DossierSummary apply(long id, DossierAction action, String note, Integer expectedVersion);
}
