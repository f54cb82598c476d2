package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import ocop.access.Role;
import org.junit.jupiter.api.Test;

/** {@link CandidatePermissions} for every role. */
class CandidatePermissionsTests {

    @Test
    void theWardsOfficialsTheProvinceAndTheAdministratorMayReadTheLists() {
        assertThat(Arrays.stream(Role.values()).filter(CandidatePermissions::mayRead)).containsExactlyInAnyOrder(
                Role.ADMIN, Role.PROVINCE_OFFICER, Role.WARD_LEADER, Role.WARD_OFFICER, Role.WARD_UNIT);
    }
}
