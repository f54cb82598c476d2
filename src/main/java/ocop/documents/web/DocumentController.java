package ocop.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.CurrentUser;
import ocop.documents.DocumentFilter;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentType;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.IssuedDocument;
import ocop.documents.domain.DocumentPermissions;
import ocop.documents.domain.DraftRules;
import ocop.documents.internal.DocumentFiles;
import ocop.documents.internal.DocumentQueries;
import ocop.documents.internal.render.DocumentCss;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the outgoing-document register (Văn bản): the register, a document with its preview, issuing, discarding a
 * draft (hủy dự thảo: a reason and a tick to confirm; the form comes back with the errors under its fields).
 */
@Controller
@RequestMapping("/documents")
class DocumentController {

    private static final String LIST = "documents/documents";
    private static final String DETAIL = "documents/document";

    private final DocumentsApi documents;
    private final DocumentFiles files;
    private final DocumentQueries queries;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentController(DocumentsApi documents, DocumentFiles files, DocumentQueries queries, AccessApi access,
                       AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) DocumentType type,
                @RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        CurrentUser me = user();
        model.addAttribute("section", "documents");
        model.addAttribute("slice", documents.search(new DocumentFilter(year, type, status, q), page, null));
        List<Integer> years = new ArrayList<>(queries.years(me.scope()));
        int thisYear = LocalDate.now(clock).getYear();
        if (!years.contains(thisYear)) {
            years.add(0, thisYear);
        }
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("mayDraft", DocumentPermissions.mayDraft(me));
        model.addAttribute("mayEditSettings", DocumentPermissions.mayEditSettings(me));
        return htmx != null && restore == null ? LIST + " :: results" : LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(id, null, FormErrors.none(), model);
    }

    /** Hủy dự thảo: back to the page with the flash, the form again with its errors, or the conflict as a flash. */
    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) Integer version,
                   @RequestParam(required = false, defaultValue = "false") boolean confirm, Model model,
                   RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            DraftRules.discardReason(reason);
        } catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e.errors()));
        }
        if (!confirm) {
            errors.put("confirm", "Đánh dấu ô xác nhận để hủy dự thảo.");
        }
        if (!errors.isEmpty()) {
            return detail(id, reason, errors, model);
        }
        try {
            documents.discard(id, reason, version == null ? -1 : version);
            redirect.addFlashAttribute("flash", "Đã hủy dự thảo.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/" + id;
    }

    private String detail(long id, String reason, Map<String, String> errors, Model model) {
        CurrentUser me = user();
        DocumentView doc = documents.get(id);
        model.addAttribute("section", "documents");
        model.addAttribute("doc", doc);
        model.addAttribute("preview", files.previewHtml(id));
        model.addAttribute("previewCss", DocumentCss.sheet());
        model.addAttribute("mayIssue", doc.draft() && DocumentPermissions.mayIssue(me));
        model.addAttribute("mayEdit", doc.draft() && DocumentPermissions.mayDraft(me));
        model.addAttribute("mayDiscard", doc.draft() && DocumentPermissions.mayDiscard(me));
        model.addAttribute("discardedAt", doc.discard() == null ? null
                : doc.discard().at().atZoneSameInstant(clock.getZone()).toLocalDateTime());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("editableInForm", DraftFormMapper.editableInForm(doc.content()));
        model.addAttribute("history", audit.history("document", id));
        return DETAIL;
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            IssuedDocument issued = documents.issue(id);
            redirect.addFlashAttribute("flash", "Đã ban hành văn bản số " + issued.number() + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/documents/" + id;
    }

    private CurrentUser user() {
        CurrentUser me = access.currentUser();
        if (!DocumentPermissions.mayUseRegister(me)) {
            throw new ForbiddenException("Chủ thể OCOP không xem được sổ văn bản của UBND phường.");
        }
        return me;
    }
}
