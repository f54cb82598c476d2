package ocop.system.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Event Publication Registry on the real database: an event handed to an after-commit listener is written in the
 * publishing transaction, removed once the listener succeeds, and kept when it fails, to be handed over again.
 */
@OcopIntegrationTest
class EventPublicationRegistryTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ProbeListener listener;
    @Autowired IncompleteEventPublications incomplete;

    @Test
    void aDeliveredEventLeavesNoPublicationBehind() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(s -> events.publishEvent(new ProbeEvent(id)));

        assertThat(listener.received()).contains(id);
        assertThat(publicationsOf(id)).isZero();
    }

    @Test
    void aFailedDeliveryIsKeptAndResubmitted() {
        String id = UUID.randomUUID().toString();
        listener.failFor(id);
        transactions.executeWithoutResult(s -> events.publishEvent(new ProbeEvent(id)));

        assertThat(listener.received()).doesNotContain(id);
        assertThat(publicationsOf(id)).isEqualTo(1);

        listener.succeedFor(id);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof ProbeEvent e && e.id().equals(id));

        assertThat(listener.received()).containsOnlyOnce(id);
        assertThat(publicationsOf(id)).isZero();
    }

    private int publicationsOf(String id) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id AND completion_date IS NULL")
                .param("id", "%" + id + "%").query(Integer.class).single();
    }
}
