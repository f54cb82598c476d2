package ocop.inspection.candidates;

import ocop.access.Role;

/**
 * Ai được xem danh sách rà soát (who may read the candidate lists): the people who plan inspections — the ward's
 * officers, leaders and units, the province officer, the administrator. Producers, neighbourhood heads and mass
 * organisations may not (the lists read dossiers, which those roles do not see).
 */
public final class CandidatePermissions {

    private CandidatePermissions() {
    }

    public static boolean mayRead(Role role) {
        return switch (role) {
            case ADMIN, PROVINCE_OFFICER, WARD_LEADER, WARD_OFFICER, WARD_UNIT -> true;
            case PRODUCER, NEIGHBOURHOOD_HEAD, MASS_ORGANISATION, SYSTEM -> false;
        };
    }
}
