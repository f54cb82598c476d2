package ocop.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The per-commune, per-year running number of Mẫu 01 never repeats, even when many take one at once. */
@OcopIntegrationTest
class RegistrationCounterTests {

    @Autowired
    RegistrationCounter counter;

    @Autowired
    TransactionTemplate tx;

    @Test
    void concurrentReceiptsTakeDistinctConsecutiveNumbers() throws Exception {
        List<Callable<Integer>> takers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            takers.add(() -> tx.execute(s -> counter.next("26080", 2031)));
        }
        List<Integer> numbers = ocop.dossier.Race.race(takers);
        assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 24).boxed().toList());
    }

    @Test
    void eachCommuneAndYearCountsOnItsOwn() {
        int a = tx.execute(s -> counter.next("26098", 2032));
        int b = tx.execute(s -> counter.next("26098", 2033));
        int c = tx.execute(s -> counter.next("26098", 2032));
        assertThat(List.of(a, b, c)).containsExactly(1, 1, 2);
    }
}
