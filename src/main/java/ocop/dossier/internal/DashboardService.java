package ocop.dossier.internal;

import ocop.dossier.internal.intake.CycleRow;
import ocop.dossier.internal.intake.CycleStore;
import ocop.dossier.internal.intake.FlagStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.domain.DossierPermissions;
import ocop.dossier.domain.EvaluationRounds;
import ocop.dossier.domain.FormCheck;
import ocop.dossier.domain.Transitions;
import ocop.system.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards (bảng điều khiển hồ sơ): for the ward, dossiers by state and by whom they wait on, the 15-day clocks
 * and the next cut-off; for a producer, what is asked of it. Both read only inside the user's scope.
 */
@Service
public class DashboardService {

    private static final List<Role> WAITING_ORDER = List.of(Role.PRODUCER, Role.PROVINCE_OFFICER, Role.WARD_OFFICER,
            Role.WARD_LEADER);
    private static final Set<DossierStatus> NOT_SENT = EnumSet.of(DossierStatus.DRAFT, DossierStatus.SUBMITTED,
            DossierStatus.RETURNED, DossierStatus.RESUBMITTED, DossierStatus.WARD_ASSESSMENT,
            DossierStatus.REPORT_ISSUED);

    private final DossierGuard guard;
    private final DossierStore store;
    private final DossierSummaries summaries;
    private final DossierReader reader;
    private final DossierHistory history;
    private final CycleStore cycles;
    private final FlagStore flags;
    private final EvaluationRounds rounds;

    DashboardService(DossierGuard guard, DossierStore store, DossierSummaries summaries, DossierReader reader,
                     DossierHistory history, CycleStore cycles, FlagStore flags, EvaluationRounds rounds) {
        this.guard = guard;
        this.store = store;
        this.summaries = summaries;
        this.reader = reader;
        this.history = history;
        this.cycles = cycles;
        this.flags = flags;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    public Dashboards.Officer officer() {
        CurrentUser user = guard.user();
        if (!DossierPermissions.mayRead(user)) {
            throw new ForbiddenException("Vai trò của bạn không được xem hồ sơ đánh giá, phân hạng.");
        }
        List<DossierSummary> all = store.list(user.scope(), List.of(), null, 2000).stream().map(summaries::of).toList();
        Map<DossierStatus, Integer> counts = new EnumMap<>(DossierStatus.class);
        for (DossierStatus s : DossierStatus.values()) {
            counts.put(s, (int) all.stream().filter(d -> d.status() == s).count());
        }
        Map<Role, List<DossierSummary>> waiting = new LinkedHashMap<>();
        for (DossierSummary d : all) {
            Role who = waitingOn(d.status());
            if (who != null) {
                waiting.computeIfAbsent(who, r -> new ArrayList<>()).add(d);
            }
        }
        List<DossierSummary> clocks = all.stream().filter(d -> d.workingDaysLeft() != null)
                .sorted(Comparator.comparing(DossierSummary::wardDeadline)).toList();
        EvaluationRounds.NextCutOff next = rounds.next(summaries.today());
        List<DossierSummary> due = all.stream().filter(d -> d.year() == next.year()
                && d.round() == next.round().number() && NOT_SENT.contains(d.status())).toList();
        List<Dashboards.CycleItem> toDecide = DossierPermissions.mayDecide(user)
                ? cycles.awaitingWard(user.scope(), 50).stream().map(DashboardService::item).toList() : List.of();
        int openFlags = DossierPermissions.mayReadFlags(user) ? flags.countOpen(user.scope()) : 0;
        return new Dashboards.Officer(counts, waiting, clocks,
                (int) clocks.stream().filter(d -> d.workingDaysLeft() < 0).count(), next, due, toDecide, openFlags);
    }

    @Transactional(readOnly = true)
    public Dashboards.Producer producer() {
        CurrentUser user = guard.user();
        List<DossierSummary> mine = store.list(user.scope(), List.of(), null, 200).stream().map(summaries::of).toList();
        List<Dashboards.Ask> asks = new ArrayList<>();
        for (DossierSummary d : mine) {
            if (d.status() == DossierStatus.RETURNED) {
                asks.add(new Dashboards.Ask(d, "Bổ sung hồ sơ theo yêu cầu của UBND phường rồi nộp bổ sung.",
                        history.lastReturn(d.id()), missing(d.id())));
            } else if (d.status() == DossierStatus.DRAFT) {
                List<String> missing = missing(d.id());
                asks.add(new Dashboards.Ask(d, missing.isEmpty() ? "Hồ sơ đã đủ thành phần: hãy nộp hồ sơ."
                        : "Hoàn thiện hồ sơ (còn " + missing.size() + " mục) rồi nộp.", List.of(), missing));
            }
        }
        List<Dashboards.CycleItem> waitingCycles = cycles.awaitingProducer(user.scope(), 50).stream()
                .map(DashboardService::item).toList();
        return new Dashboards.Producer(asks, mine, waitingCycles, rounds.next(summaries.today()));
    }

    /** Who a dossier in this state waits on first: the producer, the province, the officer, the leader. */
    static Role waitingOn(DossierStatus status) {
        Set<Role> roles = Transitions.waitingOn(status);
        return WAITING_ORDER.stream().filter(roles::contains).findFirst().orElse(null);
    }

    private List<String> missing(long id) {
        return store.find(id).map(reader::check).orElse(List.of()).stream().map(FormCheck.Finding::message).toList();
    }

    private static Dashboards.CycleItem item(CycleRow r) {
        return new Dashboards.CycleItem(r.productId(), r.productName(), r.cycle());
    }
}
