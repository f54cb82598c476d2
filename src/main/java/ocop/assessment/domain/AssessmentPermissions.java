package ocop.assessment.domain;

import ocop.access.CurrentUser;
import ocop.access.Role;

/**
 * Who may do what in the ward's assessment (quyền trong đánh giá tại cấp xã). What a user may see at all is the
 * dossier module's scope (outside it a dossier does not exist: 404); these rules decide the role (403 otherwise):
 * the ward officer drafts and assesses, the leader issues, the ward's units give opinions, the province records
 * results for its province, producers read their own dossier's assessment.
 */
public final class AssessmentPermissions {

    private AssessmentPermissions() {
    }

    /** Reading a dossier's assessment: the ward's staff and units, the province, admins and the producer itself. */
    public static boolean mayRead(CurrentUser user) {
        return !user.is(Role.NEIGHBOURHOOD_HEAD, Role.MASS_ORGANISATION);
    }

    /** Writing the four items, drafting Mẫu 03, meetings, the request and their documents. */
    public static boolean mayAssess(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.ADMIN);
    }

    /** Issuing the report and the request (ban hành): the leader only, as for every outgoing document. */
    public static boolean mayIssue(CurrentUser user) {
        return user.is(Role.WARD_LEADER);
    }

    /** Meetings and opinions are the ward's internal work: its staff and units, the province, admins. */
    public static boolean mayReadMeetings(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.WARD_LEADER, Role.WARD_UNIT, Role.PROVINCE_OFFICER, Role.ADMIN);
    }

    /** Giving an opinion: a ward unit for itself, the officer on a unit's behalf, admins. */
    public static boolean mayGiveOpinion(CurrentUser user) {
        return user.is(Role.WARD_UNIT, Role.WARD_OFFICER, Role.ADMIN);
    }

    /** Whether the opinion must name the unit and person it is recorded for (the officer records for others). */
    public static boolean recordsForOthers(CurrentUser user) {
        return !user.is(Role.WARD_UNIT);
    }

    /** The province's result: its officer, or the ward officer from the province's written notice; admins. */
    public static boolean mayRecordResult(CurrentUser user) {
        return user.is(Role.PROVINCE_OFFICER, Role.WARD_OFFICER, Role.ADMIN);
    }

    /** The package for the province holds every evidence file: the ward's officer and leader, the province, admins. */
    public static boolean mayDownloadPackage(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.WARD_LEADER, Role.PROVINCE_OFFICER, Role.ADMIN);
    }
}
