package ocop.inspection.domain;

import java.util.Objects;
import ocop.access.CurrentUser;

/**
 * Who may do what in inspections (phân quyền), from section V of Kế hoạch 1411/KH-UBND and Điều 9.4 of QĐ 26/2026:
 * <ul>
 *   <li>Cán bộ Phòng Kinh tế (WARD_OFFICER) "thường xuyên theo dõi, kiểm tra, giám sát việc duy trì các tiêu chí"
 *       (V.1): reads and writes plans, visits, findings and actions of its ward.</li>
 *   <li>Cán bộ tỉnh (PROVINCE_OFFICER): the province leads inspections (Điều 9.4.a): reads and writes every ward of its
 *       province, and approves plans.</li>
 *   <li>Lãnh đạo UBND phường (WARD_LEADER): reads its ward and approves its plans; writes nothing else.</li>
 *   <li>Các cơ quan, đơn vị thuộc UBND phường (WARD_UNIT) take part in checks in their field (V.2): read their ward.</li>
 *   <li>Chủ thể (PRODUCER): reads only the submitted visits of its own products, with their findings and actions — the
 *       result it must act on. Never plans, drafts or waiting ad-hoc requests: checks may be unannounced
 *       (kiểm tra đột xuất, Điều 9.2.a).</li>
 *   <li>Trưởng khu phố, Mặt trận and đoàn thể have no task in inspections (V.3, V.5): nothing.</li>
 *   <li>Admin: everything.</li>
 * </ul>
 */
public final class InspectionPermissions {

    /** How far a user reads. */
    public enum Reach { ALL, PROVINCE, UNIT, OWN_PRODUCER, NONE }

    private InspectionPermissions() {
    }

    public static Reach reach(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN, SYSTEM -> Reach.ALL;
            case PROVINCE_OFFICER -> Reach.PROVINCE;
            case WARD_OFFICER, WARD_LEADER, WARD_UNIT -> Reach.UNIT;
            case PRODUCER -> Reach.OWN_PRODUCER;
            case NEIGHBOURHOOD_HEAD, MASS_ORGANISATION -> Reach.NONE;
        };
    }

    /**
     * Whether the user has any part in inspections: everyone but neighbourhood heads and mass organisations (who are
     * refused outright rather than shown empty lists).
     */
    public static boolean takesPart(CurrentUser user) {
        return reach(user) != Reach.NONE;
    }

    /**
     * Whether the user may look at the officials' side at all: plans, ad-hoc requests, the inspector's day. Producers
     * may not (checks may be unannounced), nor those with no part in inspections.
     */
    public static boolean seesOfficialSide(CurrentUser user) {
        Reach reach = reach(user);
        return reach == Reach.ALL || reach == Reach.PROVINCE || reach == Reach.UNIT;
    }

    /** Plans, ad-hoc requests and drafts: officials of the unit, its province, admin. */
    public static boolean mayReadInternal(CurrentUser user, String unitCode, String provinceCode) {
        return switch (reach(user)) {
            case ALL -> true;
            case PROVINCE -> Objects.equals(user.provinceCode(), provinceCode);
            case UNIT -> Objects.equals(user.unitCode(), unitCode);
            case OWN_PRODUCER, NONE -> false;
        };
    }

    /** A visit: officials as {@link #mayReadInternal}; a producer its own product's submitted visits. */
    public static boolean mayReadVisit(CurrentUser user, String unitCode, String provinceCode, long producerId,
                                       boolean submitted) {
        if (reach(user) == Reach.OWN_PRODUCER) {
            return submitted && user.producerId() != null && user.producerId() == producerId;
        }
        return mayReadInternal(user, unitCode, provinceCode);
    }

    /** Plans, visits, findings, actions: the ward's economic officer, the province's officer, admin. */
    public static boolean mayWrite(CurrentUser user, String unitCode, String provinceCode) {
        return switch (user.role()) {
            case ADMIN -> true;
            case WARD_OFFICER -> Objects.equals(user.unitCode(), unitCode);
            case PROVINCE_OFFICER -> Objects.equals(user.provinceCode(), provinceCode);
            default -> false;
        };
    }

    /** Approving a plan (phê duyệt kế hoạch): the ward's leader, the province's officer, admin. */
    public static boolean mayApprovePlan(CurrentUser user, String unitCode, String provinceCode) {
        return switch (user.role()) {
            case ADMIN -> true;
            case WARD_LEADER -> Objects.equals(user.unitCode(), unitCode);
            case PROVINCE_OFFICER -> Objects.equals(user.provinceCode(), provinceCode);
            default -> false;
        };
    }

    /**
     * Drafting the revocation proposal to the province (soạn văn bản đề nghị thu hồi): a ward officer of the visit's
     * ward, or an admin — the documents module drafts only for them. A province officer's proposal is drafted by the
     * ward's officer.
     */
    public static boolean mayDraftProposal(CurrentUser user, String unitCode) {
        return switch (user.role()) {
            case ADMIN -> true;
            case WARD_OFFICER -> Objects.equals(user.unitCode(), unitCode);
            default -> false;
        };
    }
}
