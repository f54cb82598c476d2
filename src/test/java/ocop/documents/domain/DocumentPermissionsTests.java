package ocop.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.access.CurrentUser;
import ocop.access.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may read, draft, issue, discard and keep the settings of outgoing documents. */
class DocumentPermissionsTests {

    static CurrentUser user(Role role, String unit) {
        return new CurrentUser(1, "u", "U", role, unit, "75", role == Role.NEIGHBOURHOOD_HEAD ? 3L : null,
                role == Role.PRODUCER ? 9L : null);
    }

    @ParameterizedTest
    @CsvSource({
        // role, reads own ward, reads other ward, drafts, issues, settings, discards a draft
        "ADMIN, true, true, true, false, true, true",
        "PROVINCE_OFFICER, true, true, false, false, false, false",
        "WARD_LEADER, true, false, false, true, true, true",
        "WARD_OFFICER, true, false, true, false, false, true",
        "WARD_UNIT, true, false, false, false, false, false",
        "NEIGHBOURHOOD_HEAD, true, false, false, false, false, false",
        "MASS_ORGANISATION, true, false, false, false, false, false",
        "PRODUCER, false, false, false, false, false, false"})
    void matrix(Role role, boolean own, boolean other, boolean draft, boolean issue, boolean settings,
                boolean discard) {
        CurrentUser u = user(role, role == Role.PROVINCE_OFFICER ? "75" : "26080");
        assertThat(DocumentPermissions.mayRead(u, "26080", "75")).isEqualTo(own);
        assertThat(DocumentPermissions.mayRead(u, "26098", "75")).isEqualTo(other);
        assertThat(DocumentPermissions.mayDraft(u)).isEqualTo(draft);
        assertThat(DocumentPermissions.mayIssue(u)).isEqualTo(issue);
        assertThat(DocumentPermissions.mayEditSettings(u)).isEqualTo(settings);
        assertThat(DocumentPermissions.mayDiscard(u)).isEqualTo(discard);
        assertThat(DocumentPermissions.mayUseRegister(u)).isEqualTo(role != Role.PRODUCER);
    }
}
