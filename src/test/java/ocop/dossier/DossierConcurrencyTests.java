package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * Concurrent work on dossiers: two people saving from the same version — one wins, the other gets 409 with a clear
 * Vietnamese message and nothing is lost silently; dossiers received at the same moment get distinct numbers.
 */
@OcopIntegrationTest
class DossierConcurrencyTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private DossierFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DossierFixtures(port, context);
    }

    @Test
    void aStaleEditGetsAConflictNotALostUpdate() {
        long id = fixtures.inState("DRAFT");
        DossierHttp hoangduy = new DossierHttp(port, "hoangduy");
        DossierHttp canbo = new DossierHttp(port, "canbo");
        int version = hoangduy.version(id);
        hoangduy.ok(hoangduy.put("/api/v1/dossiers/" + id + "/forms",
                Map.of("version", version, "fields", Map.of("p2.market", "Bản của chủ thể"))));
        var stale = canbo.put("/api/v1/dossiers/" + id + "/forms",
                Map.of("version", version, "fields", Map.of("p2.market", "Bản của cán bộ")));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(TestHttp.isProblem(stale)).isTrue();
        assertThat(DossierHttp.json(stale).get("detail").asString()).contains("vừa được người khác cập nhật");
        assertThat(canbo.ok(canbo.get("/api/v1/dossiers/" + id)).get("forms").get("p2.market").asString())
                .isEqualTo("Bản của chủ thể");
        var staleMove = hoangduy.post("/api/v1/dossiers/" + id + "/submit", Map.of("version", version));
        assertThat(staleMove.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void simultaneousEditsFromTheSameVersionLetExactlyOneWin() throws Exception {
        long id = fixtures.inState("DRAFT");
        int version = new DossierHttp(port, "hoangduy").version(id);
        List<Callable<ResponseEntity<String>>> edits = new ArrayList<>();
        for (String who : List.of("hoangduy", "canbo", "admin", "hoangduy")) {
            edits.add(() -> new DossierHttp(port, who).put("/api/v1/dossiers/" + id + "/forms",
                    Map.of("version", version, "fields", Map.of("p1.organisation", "Sửa bởi " + who))));
        }
        List<Integer> statuses = Race.race(edits).stream().map(r -> r.getStatusCode().value()).toList();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
    }

    @Test
    void dossiersReceivedTogetherGetDistinctRegistrationNumbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(fixtures.inState("DRAFT"));
        }
        List<Callable<ResponseEntity<String>>> submits = new ArrayList<>();
        for (long id : ids) {
            submits.add(() -> new DossierHttp(port, "hoangduy").post("/api/v1/dossiers/" + id + "/submit", Map.of()));
        }
        List<String> numbers = Race.race(submits).stream().map(r -> {
            assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
            return DossierHttp.json(r).get("registrationNo").asString();
        }).toList();
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("\\d{2}-\\d{2}/PĐK-75-26080-\\d{4}"));
    }
}
