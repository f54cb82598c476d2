package ocop.registry;

import java.util.Optional;
import ocop.system.PageSlice;

/**
 * What other modules ask of the registry. Reads are scoped to the signed-in user (except the public photo, which
 * needs none); writes go through the same rules, permissions and audit trail as the pages and the JSON API.
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

    /**
     * Adds a photo (JPEG, PNG or WebP, checked by content) to a product, as the signed-in user may on the product
     * page: its officers or its producer; audited. Bad files: {@link ocop.system.InvalidInputException} on "file".
     */
    ProductView.Photo addPhoto(long productId, String fileName, byte[] bytes);

    /**
     * Ảnh chính (the product's first photo) for public display, read without a signed-in user and not scoped: only
     * for pages that already show the product publicly (the public check of a certificate). Type and SHA-256 only.
     */
    Optional<PublicPhoto> publicPhoto(long productId);

    /** {@link #publicPhoto} with its bytes; empty when the product has no photo or its file is missing. */
    Optional<PublicPhoto.Content> publicPhotoContent(long productId);

    /** Records a recognition (stars, score, decision) in the product's star history. */
    ProductView recordRecognition(long productId, StarRecordInput input);

    /**
     * Changes a product's programme status (e.g. to EXPIRED or REVOKED); officers only, or the system actor of the
     * scheduled jobs ({@link ocop.access.UserAccounts#runAsSystem}); audited.
     */
    ProductView changeStatus(long productId, OcopStatus status);
}
