package ocop.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The system actor of scheduled jobs (Hệ thống), without Spring: every unit in scope, named plainly, not assignable. */
class SystemActorTests {

    @Test
    void theSystemActorReadsEveryUnit() {
        CurrentUser system = CurrentUser.system();
        assertThat(system.isSystem()).isTrue();
        assertThat(system.scope().kind()).isEqualTo(UnitScope.Kind.ALL);
        assertThat(system.scope().includes("75", "26080", 3L, 9L)).isTrue();
        assertThat(system.scope().includes("01", "00004", null, null)).isTrue();
        assertThat(system.displayName()).isEqualTo("Hệ thống (tác vụ tự động)");
    }

    @Test
    void aPersonIsNamedByFullNameAndIsNotTheSystem() {
        CurrentUser canbo = new CurrentUser(7, "canbo", "Nguyễn Văn Cán", Role.WARD_OFFICER, "26080", "75", null,
                null);
        assertThat(canbo.isSystem()).isFalse();
        assertThat(canbo.displayName()).isEqualTo("Nguyễn Văn Cán");
        assertThat(canbo.scope().kind()).isEqualTo(UnitScope.Kind.UNIT);
    }

    @Test
    void noAccountCanBeGivenTheSystemRole() {
        assertThat(Role.assignable()).doesNotContain(Role.SYSTEM).hasSize(Role.values().length - 1)
                .contains(Role.ADMIN, Role.PRODUCER);
    }

    @Test
    void auditEntriesOfTheSystemReadAsAnAutomaticTask() {
        assertThat(entry("system", "SYSTEM").actorLabel()).isEqualTo("Hệ thống (tác vụ tự động)");
        assertThat(entry("system", null).actorLabel()).isEqualTo("Hệ thống (tác vụ tự động)");
        assertThat(entry("canbo", "WARD_OFFICER").actorLabel()).isEqualTo("canbo");
        // an account's name is never relabelled, even if it looked like the system's
        assertThat(entry("system", "WARD_OFFICER").actorLabel()).isEqualTo("system");
    }

    private static AuditEntry entry(String actor, String role) {
        return new AuditEntry(1, OffsetDateTime.now(), actor, role, "product", "1", "UPDATE", null, null);
    }
}
