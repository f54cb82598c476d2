package ocop.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The active users of a unit (AccessApi.activeUsers): the ward's officials listed for its own officials, its province
 * and an admin, disabled accounts left out; another ward's officer gets a 404, a producer and a neighbourhood head a
 * 403.
 */
@OcopIntegrationTest
class UnitMembersTests {

    private static final String LONG_KHANH = "26080";
    private static final Set<Role> OFFICIALS = Set.of(Role.WARD_LEADER, Role.WARD_OFFICER, Role.WARD_UNIT);

    @Autowired
    AccessApi access;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWardsOfficialsAreListedWithTheirRolesAndDisabledAccountsAreNot() {
        String name = "Tắt Văn Khóa " + UUID.randomUUID();
        long disabled = accounts.create(new UserAccounts.NewAccount("off" + UUID.randomUUID().toString()
                .substring(0, 8), "demo-password-1", name, Role.WARD_OFFICER, LONG_KHANH, null, null, false));
        jdbc.sql("UPDATE access.app_user SET enabled = false WHERE id = :id").param("id", disabled).update();

        var members = accounts.runAs("lanhdao", () -> access.activeUsers(LONG_KHANH, OFFICIALS));
        assertThat(members).extracting(UnitMember::fullName)
                .contains("Lê Thị Cán (minh họa)", "Nguyễn Văn Lãnh (minh họa)", "Phạm Văn Hóa (minh họa)")
                .doesNotContain(name, "Quản trị hệ thống", "Võ Thị Mặt (minh họa)", "Đặng Văn Vinh (minh họa)");
        assertThat(members).filteredOn(m -> m.fullName().startsWith("Lê Thị Cán")).singleElement()
                .satisfies(m -> {
                    assertThat(m.role()).isEqualTo(Role.WARD_OFFICER);
                    assertThat(m.id()).isEqualTo(accounts.idOf("canbo").orElseThrow());
                });
        assertThat(accounts.runAs("tinh", () -> access.activeUsers(LONG_KHANH, OFFICIALS))).isEqualTo(members);
        assertThat(accounts.runAs("admin", () -> access.activeUsers(LONG_KHANH, Set.of(Role.ADMIN))))
                .extracting(UnitMember::fullName).contains("Quản trị hệ thống")
                .doesNotContain("Lê Thị Cán (minh họa)");
    }

    @Test
    void anotherWardsOfficerCannotListLongKhanhsUsers() {
        assertThatThrownBy(() -> accounts.runAs("canbobv", () -> access.activeUsers(LONG_KHANH, OFFICIALS)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.runAs("canbobv", () -> access.activeUsers("26098", OFFICIALS)))
                .extracting(UnitMember::fullName).contains("Đặng Văn Vinh (minh họa)")
                .doesNotContain("Lê Thị Cán (minh họa)");
        assertThatThrownBy(() -> accounts.runAs("canbo", () -> access.activeUsers("99999", OFFICIALS)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void producersNeighbourhoodHeadsAndMassOrganisationsAreRefused() {
        for (String user : new String[] {"hoangduy", "khupho1", "mattran"}) {
            assertThatThrownBy(() -> accounts.runAs(user, () -> access.activeUsers(LONG_KHANH, OFFICIALS)))
                    .as(user).isInstanceOf(ForbiddenException.class);
        }
    }
}
