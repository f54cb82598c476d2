package ocop.dossier.domain;

import static ocop.dossier.DossierAction.*;
import static ocop.dossier.DossierStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ocop.access.Role;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;

/**
 * The dossier state machine (quy trình hồ sơ), defined once: for each state, the actions allowed, the roles that
 * may take them, and the resulting state. The UI asks it which buttons to show.
 */
public final class Transitions {

    /** One allowed move. */
    public record Move(DossierStatus from, DossierAction action, DossierStatus to, Set<Role> roles) {
    }

    private static final Set<Role> PRODUCER_SIDE = EnumSet.of(Role.PRODUCER, Role.WARD_OFFICER, Role.ADMIN);
    private static final Set<Role> OFFICER = EnumSet.of(Role.WARD_OFFICER, Role.ADMIN);
    private static final Set<Role> LEADER = EnumSet.of(Role.WARD_LEADER, Role.ADMIN);
    private static final Set<Role> SENDER = EnumSet.of(Role.WARD_LEADER, Role.WARD_OFFICER, Role.ADMIN);
    private static final Set<Role> RESULT = EnumSet.of(Role.PROVINCE_OFFICER, Role.WARD_OFFICER, Role.ADMIN);
    private static final Set<Role> WITHDRAWER = EnumSet.of(Role.PRODUCER, Role.WARD_OFFICER, Role.ADMIN);

    private static final List<Move> MOVES = List.of(
            new Move(DRAFT, SUBMIT, SUBMITTED, PRODUCER_SIDE),
            new Move(DRAFT, WITHDRAW, WITHDRAWN, WITHDRAWER),
            new Move(SUBMITTED, RETURN, RETURNED, OFFICER),
            new Move(SUBMITTED, START_ASSESSMENT, WARD_ASSESSMENT, OFFICER),
            new Move(SUBMITTED, WITHDRAW, WITHDRAWN, WITHDRAWER),
            new Move(RETURNED, RESUBMIT, RESUBMITTED, PRODUCER_SIDE),
            new Move(RETURNED, WITHDRAW, WITHDRAWN, WITHDRAWER),
            new Move(RESUBMITTED, RETURN, RETURNED, OFFICER),
            new Move(RESUBMITTED, START_ASSESSMENT, WARD_ASSESSMENT, OFFICER),
            new Move(RESUBMITTED, WITHDRAW, WITHDRAWN, WITHDRAWER),
            new Move(WARD_ASSESSMENT, RETURN, RETURNED, OFFICER),
            new Move(WARD_ASSESSMENT, ISSUE_REPORT, REPORT_ISSUED, LEADER),
            new Move(WARD_ASSESSMENT, WITHDRAW, WITHDRAWN, WITHDRAWER),
            new Move(REPORT_ISSUED, SEND_TO_PROVINCE, SENT_TO_PROVINCE, SENDER),
            new Move(REPORT_ISSUED, WITHDRAW, WITHDRAWN, WITHDRAWER),
            new Move(SENT_TO_PROVINCE, RECORD_RECOGNISED, RECOGNISED, RESULT),
            new Move(SENT_TO_PROVINCE, RECORD_NOT_RECOGNISED, NOT_RECOGNISED, RESULT),
            new Move(SENT_TO_PROVINCE, RECORD_PROPOSED_TO_MINISTRY, PROPOSED_TO_MINISTRY, RESULT),
            new Move(PROPOSED_TO_MINISTRY, RECORD_RECOGNISED, RECOGNISED, RESULT),
            new Move(PROPOSED_TO_MINISTRY, RECORD_NOT_RECOGNISED, NOT_RECOGNISED, RESULT));

    private static final Map<DossierStatus, List<Move>> BY_STATE = new EnumMap<>(DossierStatus.class);

    static {
        for (DossierStatus s : DossierStatus.values()) {
            BY_STATE.put(s, MOVES.stream().filter(m -> m.from() == s).toList());
        }
    }

    private Transitions() {
    }

    public static Optional<Move> find(DossierStatus from, DossierAction action) {
        return BY_STATE.get(from).stream().filter(m -> m.action() == action).findFirst();
    }

    /** The actions a role may take from a state, in the table's order (the buttons to show). */
    public static List<DossierAction> allowed(DossierStatus from, Role role) {
        return BY_STATE.get(from).stream().filter(m -> m.roles().contains(role)).map(Move::action).toList();
    }

    /** Whether the role may take the action from some state (to tell "never yours" (403) from "not now" (409)). */
    public static boolean mayEver(Role role, DossierAction action) {
        return MOVES.stream().anyMatch(m -> m.action() == action && m.roles().contains(role));
    }

    /** The roles that may move the dossier on from a state, withdrawal aside: who it waits on. */
    public static Set<Role> waitingOn(DossierStatus from) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        BY_STATE.get(from).stream().filter(m -> m.action() != WITHDRAW).forEach(m -> roles.addAll(m.roles()));
        roles.remove(Role.ADMIN);
        return roles;
    }

    public static List<Move> all() {
        return MOVES;
    }
}
