package ocop.registry;

import ocop.registry.OcopStatus;

/** One line of the product list (sản phẩm): name, producer, group, OCOP status and current stars. */
public record ProductSummary(long id, long producerId, String producerName, String name, String classificationVersion,
                             String classificationCode, String classificationName, OcopStatus status,
                             Integer currentStars, String programmeCode, String unitCode, boolean demo) {
}
