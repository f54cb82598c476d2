package ocop.dossier.internal.intake;

import java.util.List;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.ProductCycle;
import ocop.registry.ProductView;

/**
 * A product's cycle page (chu trình OCOP của sản phẩm): the product, where it stands, the dated history, the business
 * plan, its dossiers, what the signed-in user may do here, and why a first dossier cannot be opened yet (or null).
 */
public record CycleView(ProductView product, ProductCycle cycle, List<CycleEvent> events, String planSummary,
                        String planFileName, List<DossierSummary> dossiers, boolean mayDecide, boolean mayWrite,
                        String firstDossierBlocker, boolean stored, int version) {
}
