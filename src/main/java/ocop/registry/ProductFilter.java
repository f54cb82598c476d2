package ocop.registry;

import ocop.registry.OcopStatus;

/**
 * Filters of the product list: free text, OCOP status, current stars, classification node (a sector, group or
 * sub-group code such as {@code I} or {@code I.1}), the producer's neighbourhood and the producer itself.
 */
public record ProductFilter(String q, OcopStatus status, Integer stars, String group, Long neighbourhoodId,
                            Long producerId) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null, null, null);
    }
}
