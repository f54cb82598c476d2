package ocop.dossier;

import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;

/** Any move of a dossier's state, with who made it (for notifications and the history). */
public record DossierTransitioned(long dossierId, long productId, long producerId, String unitCode,
                                  DossierAction action, DossierStatus from, DossierStatus to, String actor) {
}
