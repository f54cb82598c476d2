package ocop.registry;

import ocop.registry.ProducerType;

/** Filters of the producer list: free text (ignores diacritics and case), type, neighbourhood (khu phố). */
public record ProducerFilter(String q, ProducerType type, Long neighbourhoodId) {

    public static ProducerFilter none() {
        return new ProducerFilter(null, null, null);
    }
}
