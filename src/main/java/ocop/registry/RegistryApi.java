package ocop.registry;

import java.util.Optional;
import ocop.system.PageSlice;

/**
 * What other modules ask of the registry. Reads are scoped to the signed-in user; writes go through the same
 * rules, permissions and audit trail as the pages and the JSON API.
 */
public interface RegistryApi {

    Optional<ProducerView> producer(long id);

    Optional<ProductView> product(long id);

    /**
     * One page of the products the signed-in user may read, filtered as the product list is (free text matches the
     * name and programme code); pages from 0, size clamped to 1–{@value ocop.system.PageSlice#MAX_SIZE}.
     */
    PageSlice<ProductSummary> products(ProductFilter filter, int page, int size);

    /** Creates a producer; {@code demo} marks fictional demonstration records (shown as such everywhere). */
    ProducerView createProducer(ProducerInput input, boolean demo);

    ProductView createProduct(ProductInput input, boolean demo);

    /** Records a recognition (stars, score, decision) in the product's star history. */
    ProductView recordRecognition(long productId, StarRecordInput input);

    /**
     * Changes a product's programme status (e.g. to EXPIRED or REVOKED); officers only, or the system actor of the
     * scheduled jobs ({@link ocop.access.UserAccounts#runAsSystem}); audited.
     */
    ProductView changeStatus(long productId, OcopStatus status);
}
