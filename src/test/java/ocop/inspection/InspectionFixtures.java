package ocop.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import ocop.access.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers for inspection tests: acting as a demo account, finding demo products, answering a whole checklist. */
final class InspectionFixtures {

    static final String HONEY = "Mật ong hoa cà phê";
    static final String CORDYCEPS = "Nấm Đông trùng Hạ thảo";

    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    InspectionFixtures(UserAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    <T> T as(String username, Supplier<T> work) {
        return accounts.runAs(username, work);
    }

    void asDo(String username, Runnable work) {
        accounts.runAs(username, () -> {
            work.run();
            return null;
        });
    }

    long product(String prefix) {
        return jdbc.sql("SELECT id FROM registry.product WHERE name LIKE :n ORDER BY id LIMIT 1")
                .param("n", prefix + "%").query(Long.class).single();
    }

    long userId(String username) {
        return accounts.idOf(username).orElseThrow();
    }

    /** A plan of this year for ward 26080 with a unique title. */
    static PlanInput plan(LocalDate today) {
        return new PlanInput(null, today.getYear(), null, "Kế hoạch kiểm tra thử " + UUID.randomUUID(), null);
    }

    /** Every item answered MEETS except those given NOT_MEETS (without a note). */
    static DraftInput allMeet(VisitView v, String draftId, int clientVersion, String... notMeeting) {
        List<String> bad = List.of(notMeeting);
        return new DraftInput(draftId, clientVersion, v.items().stream()
                .map(i -> new DraftInput.AnswerInput(i.code(), bad.contains(i.code()) ? Answer.NOT_MEETS
                        : Answer.MEETS, null))
                .toList(), v.version());
    }

    static java.util.Set<String> fields(ocop.system.InvalidInputException e) {
        return e.errors().stream().map(ocop.system.FieldError::field).collect(java.util.stream.Collectors.toSet());
    }
}
