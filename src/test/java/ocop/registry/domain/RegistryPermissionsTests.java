package ocop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.access.CurrentUser;
import ocop.access.Role;
import org.junit.jupiter.api.Test;

/** Who may write the registry: the system actor may only change a product's programme status. */
class RegistryPermissionsTests {

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, "u", "U", role, "26080", "75", null, role == Role.PRODUCER ? 5L : null);
    }

    @Test
    void theSystemActorChangesAStatusAndNothingElse() {
        CurrentUser system = CurrentUser.system();
        assertThat(RegistryPermissions.mayChangeStatus(system)).isTrue();
        assertThat(RegistryPermissions.mayRecordStatus(system)).isFalse();
        assertThat(RegistryPermissions.mayWriteProduct(system, 5)).isFalse();
        assertThat(RegistryPermissions.mayCreateProducer(system)).isFalse();
        assertThat(RegistryPermissions.mayDelete(system)).isFalse();
    }

    @Test
    void officersChangeStatusesAndProducersDoNot() {
        assertThat(RegistryPermissions.mayChangeStatus(user(Role.WARD_OFFICER))).isTrue();
        assertThat(RegistryPermissions.mayChangeStatus(user(Role.PROVINCE_OFFICER))).isTrue();
        assertThat(RegistryPermissions.mayChangeStatus(user(Role.ADMIN))).isTrue();
        assertThat(RegistryPermissions.mayChangeStatus(user(Role.PRODUCER))).isFalse();
        assertThat(RegistryPermissions.mayChangeStatus(user(Role.WARD_LEADER))).isFalse();
    }
}
