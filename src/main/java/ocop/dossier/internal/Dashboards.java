package ocop.dossier.internal;

import java.util.List;
import java.util.Map;
import ocop.access.Role;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.ReturnReason;
import ocop.dossier.domain.EvaluationRounds;
import ocop.dossier.domain.ProductCycle;

/** The records of the two dashboards (bảng điều khiển hồ sơ): the ward's and the producer's. */
public final class Dashboards {

    private Dashboards() {
    }

    /** A product whose cycle waits on someone. */
    public record CycleItem(long productId, String productName, ProductCycle cycle) {
    }

    /**
     * The officer's dashboard: dossiers per state, per whom they wait on (a role), the running clocks by deadline
     * (overdue first), the next cut-off with the dossiers of that round not yet sent, and the registrations, plans
     * and flags waiting for the ward.
     */
    public record Officer(Map<DossierStatus, Integer> counts, Map<Role, List<DossierSummary>> waiting,
                          List<DossierSummary> clocks, int overdue, EvaluationRounds.NextCutOff nextCutOff,
                          List<DossierSummary> dueForCutOff, List<CycleItem> cyclesToDecide, int openFlags) {
    }

    /** Something asked of the producer on a dossier: what, and the reasons of a return or the missing items. */
    public record Ask(DossierSummary dossier, String what, List<ReturnReason> reasons, List<String> missing) {
    }

    /** The producer's dashboard: what is asked of it, its dossiers, and its products' cycle steps waiting on it. */
    public record Producer(List<Ask> asks, List<DossierSummary> dossiers, List<CycleItem> cycles,
                           EvaluationRounds.NextCutOff nextCutOff) {
    }
}
