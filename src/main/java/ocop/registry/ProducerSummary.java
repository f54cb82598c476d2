package ocop.registry;

import ocop.registry.ProducerType;

/** One line of the producer list (chủ thể): enough to find and recognise it. */
public record ProducerSummary(long id, String unitCode, ProducerType type, String name, String representativeName,
                              String legalId, String neighbourhoodName, String phone, int productCount, boolean demo) {
}
