package ocop.system.events;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Listens after commit, like the application's cross-module listeners; fails for the ids it is told to fail. */
@Component
class ProbeListener {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final List<String> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(ProbeEvent event) {
        if (failing.contains(event.id())) {
            throw new IllegalStateException("probe listener told to fail for " + event.id());
        }
        received.add(event.id());
    }

    void failFor(String id) {
        failing.add(id);
    }

    void succeedFor(String id) {
        failing.remove(id);
    }

    List<String> received() {
        return List.copyOf(received);
    }
}
