package ocop.inspection.internal.candidates;

import java.util.HashMap;
import java.util.Map;
import ocop.registry.ProducerView;
import ocop.registry.RegistryApi;

/** Khu phố của chủ thể (the producers' neighbourhoods), each producer read once per list through the registry. */
final class Places {

    private final RegistryApi registry;
    private final Map<Long, String> names = new HashMap<>();

    Places(RegistryApi registry) {
        this.registry = registry;
    }

    /** The khu phố name, or null when not recorded or the producer is not visible. */
    String of(long producerId) {
        if (!names.containsKey(producerId)) {
            names.put(producerId, registry.producer(producerId).map(ProducerView::neighbourhoodName).orElse(null));
        }
        return names.get(producerId);
    }
}
