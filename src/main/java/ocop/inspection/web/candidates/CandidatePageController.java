package ocop.inspection.web.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ocop.inspection.CandidateKind;
import ocop.inspection.CandidateLists;
import ocop.inspection.Candidate;
import ocop.inspection.internal.candidates.ScopeNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Trang danh sách rà soát: one tab per list with its count, a table that turns into cards, the XLSX download. */
@Controller
class CandidatePageController {

    private final CandidateLists lists;
    private final ScopeNames scopes;
    private final Clock clock;

    CandidatePageController(CandidateLists lists, ScopeNames scopes, Clock clock) {
        this.lists = lists;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/candidates")
    String first(Model model) {
        return page(CandidateKind.READY, model);
    }

    @GetMapping("/candidates/{kind}")
    String list(@PathVariable String kind, Model model) {
        return page(CandidateApiController.kind(kind), model);
    }

    private String page(CandidateKind kind, Model model) {
        Map<CandidateKind, List<Candidate>> all = new EnumMap<>(CandidateKind.class);
        for (CandidateKind k : CandidateKind.values()) {
            all.put(k, lists.list(k));
        }
        model.addAttribute("section", "inspections");
        model.addAttribute("kinds", CandidateKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("all", all);
        model.addAttribute("rows", all.get(kind));
        model.addAttribute("scopeName", scopes.current());
        model.addAttribute("today", LocalDate.now(clock));
        return "inspection/candidates/list";
    }
}
