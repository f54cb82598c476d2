package ocop.registry;

/**
 * What a person types about a product (thông tin sản phẩm). {@code classificationCode} is a leaf of the product
 * classification in force (e.g. {@code I.1.a}); {@code status} may be set only by ward officers (producers register
 * ideas); {@code version} is the version the editor started from.
 */
public record ProductInput(Long producerId, String name, String classificationCode, String programmeCode,
                           String description, String rawMaterials, String rawMaterialOrigin, OcopStatus status,
                           Integer version) {

    public static ProductInput empty() {
        return new ProductInput(null, null, null, null, null, null, null, null, null);
    }
}
