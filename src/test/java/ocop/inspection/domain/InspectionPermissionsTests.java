package ocop.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.access.CurrentUser;
import ocop.access.Role;
import org.junit.jupiter.api.Test;

/** Section V of the plan and Điều 9.4: who reads, writes and approves inspections. */
class InspectionPermissionsTests {

    private static CurrentUser user(Role role, String unit, Long producer) {
        return new CurrentUser(1, "u", "U", role, unit, "75", null, producer);
    }

    @Test
    void theWardOfficerAndTheProvinceWriteTheLeaderApproves() {
        assertThat(InspectionPermissions.mayWrite(user(Role.WARD_OFFICER, "26080", null), "26080", "75")).isTrue();
        assertThat(InspectionPermissions.mayWrite(user(Role.WARD_OFFICER, "26098", null), "26080", "75")).isFalse();
        assertThat(InspectionPermissions.mayWrite(user(Role.PROVINCE_OFFICER, "75", null), "26080", "75")).isTrue();
        assertThat(InspectionPermissions.mayWrite(user(Role.PROVINCE_OFFICER, "75", null), "26734", "79")).isFalse();
        assertThat(InspectionPermissions.mayWrite(user(Role.WARD_LEADER, "26080", null), "26080", "75")).isFalse();
        assertThat(InspectionPermissions.mayApprovePlan(user(Role.WARD_LEADER, "26080", null), "26080", "75"))
                .isTrue();
        assertThat(InspectionPermissions.mayApprovePlan(user(Role.WARD_OFFICER, "26080", null), "26080", "75"))
                .isFalse();
        assertThat(InspectionPermissions.mayWrite(user(Role.ADMIN, "26080", null), "99999", "01")).isTrue();
    }

    @Test
    void readersAndTheProducersOwnSubmittedVisits() {
        assertThat(InspectionPermissions.mayReadInternal(user(Role.WARD_UNIT, "26080", null), "26080", "75")).isTrue();
        assertThat(InspectionPermissions.mayReadInternal(user(Role.MASS_ORGANISATION, "26080", null), "26080", "75"))
                .isFalse();
        assertThat(InspectionPermissions.mayReadInternal(user(Role.NEIGHBOURHOOD_HEAD, "26080", null), "26080",
                "75")).isFalse();
        CurrentUser producer = user(Role.PRODUCER, "26080", 7L);
        assertThat(InspectionPermissions.mayReadInternal(producer, "26080", "75")).isFalse();
        assertThat(InspectionPermissions.mayReadVisit(producer, "26080", "75", 7, true)).isTrue();
        assertThat(InspectionPermissions.mayReadVisit(producer, "26080", "75", 7, false)).isFalse();
        assertThat(InspectionPermissions.mayReadVisit(producer, "26080", "75", 8, true)).isFalse();
        assertThat(InspectionPermissions.mayWrite(producer, "26080", "75")).isFalse();
    }

    @Test
    void neighbourhoodHeadsAndMassOrganisationsTakeNoPartProducersSeeOnlyTheirResults() {
        assertThat(InspectionPermissions.takesPart(user(Role.NEIGHBOURHOOD_HEAD, "26080", null))).isFalse();
        assertThat(InspectionPermissions.takesPart(user(Role.MASS_ORGANISATION, "26080", null))).isFalse();
        assertThat(InspectionPermissions.takesPart(user(Role.PRODUCER, "26080", 7L))).isTrue();
        assertThat(InspectionPermissions.seesOfficialSide(user(Role.PRODUCER, "26080", 7L))).isFalse();
        assertThat(InspectionPermissions.seesOfficialSide(user(Role.WARD_UNIT, "26080", null))).isTrue();
        assertThat(InspectionPermissions.seesOfficialSide(user(Role.PROVINCE_OFFICER, "75", null))).isTrue();
        assertThat(InspectionPermissions.seesOfficialSide(user(Role.NEIGHBOURHOOD_HEAD, "26080", null))).isFalse();
    }

    @Test
    void theWardsOfficerOrAnAdminDraftsTheRevocationProposal() {
        assertThat(InspectionPermissions.mayDraftProposal(user(Role.WARD_OFFICER, "26080", null), "26080")).isTrue();
        assertThat(InspectionPermissions.mayDraftProposal(user(Role.WARD_OFFICER, "26098", null), "26080")).isFalse();
        assertThat(InspectionPermissions.mayDraftProposal(user(Role.PROVINCE_OFFICER, "75", null), "26080")).isFalse();
        assertThat(InspectionPermissions.mayDraftProposal(user(Role.WARD_LEADER, "26080", null), "26080")).isFalse();
        assertThat(InspectionPermissions.mayDraftProposal(user(Role.ADMIN, null, null), "26080")).isTrue();
    }
}
