package ocop.criteria.internal;

import ocop.access.CurrentUser;
import ocop.registry.ProductView;

/**
 * Ai được tự đánh giá (who may fill a product's self-assessment): the producer for its own products, the ward officer
 * on behalf of a household of its ward, and the administrator. Everyone who may read the product (its registry
 * scope) may read the self-assessment.
 */
final class SelfAssessmentAccess {

    private SelfAssessmentAccess() {
    }

    static boolean mayWrite(CurrentUser user, ProductView product) {
        return switch (user.role()) {
            case ADMIN -> true;
            case WARD_OFFICER -> product.unitCode().equals(user.unitCode());
            case PRODUCER -> Long.valueOf(product.producerId()).equals(user.producerId());
            default -> false;
        };
    }
}
