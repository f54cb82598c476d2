package ocop.dossier.internal;

import ocop.dossier.DossierKind;

/**
 * A dossier to open (lập hồ sơ): the product, the kind, and the evaluation year and round (the next cut-off when
 * omitted).
 */
public record NewDossier(Long productId, DossierKind kind, Integer year, Integer round) {
}
