package ocop.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ocop.OcopIntegrationTest;
import ocop.access.AuditEntry;
import ocop.access.AuditTrail;
import ocop.access.Role;
import ocop.access.UserAccounts;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Accounts created and edited by the administrator: checks per field, unique usernames, audit before/after. */
@OcopIntegrationTest
class UserAdministrationTests {

    @Autowired UserAdministration users;
    @Autowired UserAccounts accounts;
    @Autowired AccountUserDetailsService details;
    @Autowired AppUserRepository rows;
    @Autowired AuditTrail audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsAnAccountAndAuditsItWithoutTheHash() {
        signInAs("uadm-admin-1", Role.ADMIN);
        long id = users.create(new UserAdministration.NewUser("uadm-officer-1", " Trần  Thị Bích ", "WARD_OFFICER",
                "26080", null, null, "matkhau123"));

        UserAdministration.UserItem created = users.get(id);
        assertThat(created.username()).isEqualTo("uadm-officer-1");
        assertThat(created.fullName()).isEqualTo("Trần Thị Bích");
        assertThat(created.role()).isEqualTo("WARD_OFFICER");
        assertThat(created.unitName()).isEqualTo("Phường Long Khánh");
        assertThat(created.enabled()).isTrue();
        assertThat(rows.findById(id).orElseThrow().passwordHash()).startsWith("{bcrypt}");

        assertThat(audit.history("user", id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATE");
            assertThat(entry.actor()).isEqualTo("uadm-admin-1");
            assertThat(entry.afterJson()).contains("uadm-officer-1").doesNotContain("bcrypt").doesNotContain("matkhau");
        });
        assertThat(users.list("uadm-officer", 0, 20).items()).extracting(UserAdministration.UserItem::id).contains(id);
    }

    @Test
    void refusesADuplicateUsernameIgnoringCase() {
        signInAs("uadm-admin-2", Role.ADMIN);
        users.create(new UserAdministration.NewUser("uadm-Dup", "Lê Văn Một", "WARD_UNIT", "26080", null, null,
                "matkhau123"));

        assertThatThrownBy(() -> users.create(new UserAdministration.NewUser("UADM-dup", "Lê Văn Hai", "WARD_UNIT",
                "26080", null, null, "matkhau123")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("username"));
    }

    @Test
    void namesEveryBadField() {
        signInAs("uadm-admin-3", Role.ADMIN);
        assertThatThrownBy(() -> users.create(new UserAdministration.NewUser("x", "", "PRODUCER", "99999", null, null,
                "ngan")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("username", "fullName", "unitCode", "producerId", "password"));
        assertThatThrownBy(() -> users.create(new UserAdministration.NewUser("uadm-head", "Phạm Văn Khu",
                "NEIGHBOURHOOD_HEAD", "26080", null, null, "matkhau123")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("neighbourhoodId"));
    }

    @Test
    void editsAnAccountWithBeforeAndAfterInTheAudit() {
        signInAs("uadm-admin-4", Role.ADMIN);
        long id = users.create(new UserAdministration.NewUser("uadm-edit", "Võ Thị Sửa", "WARD_OFFICER", "26080", null,
                null, "matkhau123"));
        int version = users.get(id).version();

        users.update(id, new UserAdministration.UserChanges("Võ Thị Đã Sửa", "PRODUCER", "26080", null, 42L, false,
                "matkhaumoi456", version));

        UserAdministration.UserItem edited = users.get(id);
        assertThat(edited.fullName()).isEqualTo("Võ Thị Đã Sửa");
        assertThat(edited.role()).isEqualTo("PRODUCER");
        assertThat(edited.producerId()).isEqualTo(42L);
        assertThat(edited.enabled()).isFalse();
        AuditEntry update = audit.history("user", id).stream()
                .filter(e -> e.action().equals("UPDATE") && e.beforeJson() != null).findFirst().orElseThrow();
        assertThat(update.beforeJson()).contains("Võ Thị Sửa").contains("WARD_OFFICER");
        assertThat(update.afterJson()).contains("Võ Thị Đã Sửa").contains("PRODUCER").doesNotContain("bcrypt");
        assertThat(audit.history("user", id)).anySatisfy(e -> assertThat(e.afterJson()).contains("passwordChanged"));

        assertThatThrownBy(() -> users.update(id, new UserAdministration.UserChanges("Võ Thị Cũ", "PRODUCER", "26080",
                null, 42L, true, "", version)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        long me = signInAs("uadm-admin-5", Role.ADMIN);
        assertThatThrownBy(() -> users.update(me, new UserAdministration.UserChanges("Quản trị", "WARD_OFFICER",
                "26080", null, null, false, "", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("enabled", "role"));
    }

    @Test
    void onlyTheAdministratorManagesAccounts() {
        signInAs("uadm-officer-x", Role.WARD_OFFICER);
        assertThatThrownBy(() -> users.create(new UserAdministration.NewUser("uadm-nope", "Không Được", "ADMIN",
                "26080", null, null, "matkhau123"))).isInstanceOf(ForbiddenException.class);
    }

    private long signInAs(String username, Role role) {
        long id = accounts.idOf(username).orElseGet(() -> accounts.create(new UserAccounts.NewAccount(username,
                "matkhau-quan-tri", "Người thử " + username, role, "26080", null, null, false)));
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return id;
    }
}
