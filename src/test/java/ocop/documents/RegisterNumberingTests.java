package ocop.documents;

import static ocop.documents.DocumentsHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ocop.OcopIntegrationTest;
import ocop.documents.domain.RegisterKey;
import ocop.documents.internal.RegisterCounterJdbc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register on the real PostgreSQL: concurrent issues get distinct consecutive numbers, counters restart each
 * year and keep one sequence per key, a rolled-back issue gives its number back, per-type numbering end to end.
 */
@OcopIntegrationTest
class RegisterNumberingTests {

    @LocalServerPort
    int port;

    @Autowired
    RegisterCounterJdbc counter;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyConcurrentIssuesGetTwentyDistinctConsecutiveNumbers() throws Exception {
        DocumentsHttp officer = new DocumentsHttp(port, "canbo");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(officer.draftId(DocumentsHttp.reportJson("Báo cáo đồng thời " + i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long id : ids) {
                results.add(pool.submit(() -> {
                    DocumentsHttp leader = new DocumentsHttp(port, "lanhdao");
                    start.await();
                    var r = leader.issue(id);
                    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
                    return json(r).get("number").asString();
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> f : results) {
                String number = f.get(120, TimeUnit.SECONDS);
                assertThat(number).endsWith("/BC-UBND");
                numbers.add(Integer.parseInt(number.substring(0, number.indexOf('/'))));
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
            int min = numbers.stream().min(Integer::compare).orElseThrow();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(min, min + 20).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countersRestartEachYearAndKeepOneSequencePerKey() {
        assertThat(next("90001", 2025, "ALL")).isEqualTo(1);
        assertThat(next("90001", 2025, "ALL")).isEqualTo(2);
        assertThat(next("90001", 2025, "ALL")).isEqualTo(3);
        assertThat(next("90001", 2026, "ALL")).as("1 January: a new year starts at 01").isEqualTo(1);
        assertThat(next("90001", 2026, "BC")).isEqualTo(1);
        assertThat(next("90001", 2026, "KH")).isEqualTo(1);
        assertThat(next("90001", 2026, "BC")).isEqualTo(2);
        assertThat(next("90002", 2026, "ALL")).as("another body").isEqualTo(1);
        assertThat(next("90001", 2025, "ALL")).isEqualTo(4);
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        assertThat(next("90003", 2026, "ALL")).isEqualTo(1);
        tx.executeWithoutResult(status -> {
            assertThat(counter.next(new RegisterKey("90003", 2026, "ALL"))).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(next("90003", 2026, "ALL")).isEqualTo(2);
    }

    @Test
    void perTypeNumberingGivesEachTypeItsOwnSequence() {
        DocumentsHttp officer = new DocumentsHttp(port, "canbo");
        DocumentsHttp leader = new DocumentsHttp(port, "lanhdao");
        officer.draftId(DocumentsHttp.reportJson("Khởi tạo thiết lập"));
        String plan = """
                {"type": "KH", "subject": "Kế hoạch theo dãy riêng", "sections": [{"heading": "Mục đích", "paragraphs": ["x"]}]}""";
        try {
            jdbc.sql("UPDATE documents.issuing_body SET numbering_mode = 'PER_TYPE' WHERE unit_code = '26080'").update();
            int bc1 = seq(leader.issue(officer.draftId(DocumentsHttp.reportJson("Báo cáo dãy riêng 1"))));
            int kh1 = seq(leader.issue(officer.draftId(plan)));
            int bc2 = seq(leader.issue(officer.draftId(DocumentsHttp.reportJson("Báo cáo dãy riêng 2"))));
            int kh2 = seq(leader.issue(officer.draftId(plan)));
            assertThat(bc2).isEqualTo(bc1 + 1);
            assertThat(kh2).isEqualTo(kh1 + 1);
            jdbc.sql("UPDATE documents.issuing_body SET numbering_mode = 'SHARED' WHERE unit_code = '26080'").update();
            int shared = seq(leader.issue(officer.draftId(plan)));
            assertThat(shared).as("back to one sequence: after every number issued this year").isGreaterThan(Math.max(bc2, kh2));
        } finally {
            jdbc.sql("UPDATE documents.issuing_body SET numbering_mode = 'SHARED' WHERE unit_code = '26080'").update();
        }
    }

    private int next(String unit, int year, String key) {
        return tx.execute(status -> counter.next(new RegisterKey(unit, year, key)));
    }

    private static int seq(org.springframework.http.ResponseEntity<String> issued) {
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
        String number = json(issued).get("number").asString();
        return Integer.parseInt(number.substring(0, number.indexOf('/')));
    }
}
