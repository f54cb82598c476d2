package ocop.certification.web;

import ocop.certification.internal.notice.RenewalNotices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.certification.CertificateStatus;
import ocop.certification.RevocationInput;
import ocop.certification.CertificateView;
import ocop.certification.internal.Renewals;
import ocop.documents.DocumentView;
import ocop.dossier.DossierKind;
import ocop.system.ForbiddenException;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ocop.certification.CertificationApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of OCOP certificates (Chứng nhận): the list with status badges and the renewal notice of the ticked
 * certificates, one certificate with its renewal, notice and revocation forms ({@link CertificatePage}; the ward's
 * confirmation of cessation is {@link CessationController}), its A4 QR labels.
 */
@Controller
@RequestMapping("/certificates")
class CertificateController {

    private final CertificationApi certification;
    private final Clock clock;
    private final AccessApi access;
    private final Renewals renewals;
    private final RenewalNotices notices;
    private final CertificatePage page;

    CertificateController(CertificationApi certification, Clock clock, AccessApi access, Renewals renewals,
                          RenewalNotices notices, CertificatePage page) {
        this.notices = notices;
        this.page = page;
        this.access = access;
        this.renewals = renewals;
        this.certification = certification;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "certificates");
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping
    String list(@RequestParam(required = false) Long product,
                @RequestParam(required = false) CertificateStatus status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiringBefore,
                @RequestParam(defaultValue = "false") boolean renewalDue,
                Model model) {
        return list(product, status, expiringBefore, renewalDue, new NoticeForm(List.of(), "TB"), List.of(), model);
    }

    /**
     * Soạn thông báo đánh giá lại from the list (the ticked certificates) or from one certificate ({@code from}): to
     * the new draft on the documents pages; on bad input the list again with the message and the ticks kept, or the
     * certificate page with the message.
     */
    @PostMapping("/renewal-notice")
    String renewalNotice(@RequestParam(required = false) List<Long> certificateIds,
                         @RequestParam(required = false) String type, @RequestParam(required = false) Long replaces,
                         @RequestParam(required = false) Long from,
                         @RequestParam(required = false) CertificateStatus status,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                         LocalDate expiringBefore,
                         @RequestParam(defaultValue = "false") boolean renewalDue,
                         Model model, RedirectAttributes redirect) {
        String problem;
        try {
            DocumentView draft = notices.draft(certificateIds, type, replaces);
            redirect.addFlashAttribute("flash", "Đã soạn dự thảo " + draft.type().label().toLowerCase()
                    + " về việc nộp hồ sơ đánh giá lại cho " + new java.util.HashSet<>(certificateIds).size()
                    + " giấy chứng nhận. Lãnh đạo UBND phường xem và ban hành tại trang này.");
            return "redirect:/documents/" + draft.id();
        } catch (InvalidInputException e) {
            problem = e.errors().stream().map(FieldError::message).distinct()
                    .collect(java.util.stream.Collectors.joining(" "));
        } catch (ConflictException e) {
            problem = e.getMessage();
        }
        if (from != null) {
            redirect.addFlashAttribute("noticeError", problem);
            return "redirect:/certificates/" + from;
        }
        return list(null, status, expiringBefore, renewalDue,
                new NoticeForm(certificateIds == null ? List.of() : certificateIds, type), List.of(problem), model);
    }

    /** What the notice form had: the ticked certificates and the type chosen. */
    record NoticeForm(List<Long> selected, String type) {
    }

    private String list(Long product, CertificateStatus status, LocalDate expiringBefore, boolean renewalDue,
                        NoticeForm form, List<String> noticeErrors, Model model) {
        List<CertificateView> certificates = product == null ? certification.certificates(status, expiringBefore)
                : certification.certificates(product);
        if (renewalDue) {
            certificates = certificates.stream().filter(CertificateView::renewalNoticeDue)
                    .sorted(java.util.Comparator.comparing(CertificateView::renewalWindowClosesOn)).toList();
        }
        CurrentUser me = access.currentUser();
        model.addAttribute("certificates", certificates);
        model.addAttribute("product", product);
        model.addAttribute("statuses", CertificateStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("expiringBefore", expiringBefore);
        model.addAttribute("renewalDue", renewalDue);
        model.addAttribute("mayImport", ocop.certification.internal.CertificateImport.mayImport(me));
        model.addAttribute("mayNotify", RenewalNotices.mayDraft(me)
                && certificates.stream().anyMatch(CertificationPages::notifiable));
        model.addAttribute("noticeForm", form);
        model.addAttribute("noticeErrors", noticeErrors);
        return "certification/certificates";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return page.show(id, CertificatePage.Forms.fresh(), model);
    }

    /** The revocation form (thu hồi, Điều 8): back to the page with the flash, or the page again with the errors. */
    @PostMapping("/{id}/revocation")
    String revoke(@PathVariable long id, @ModelAttribute("revocation") RevocationInput input, Model model,
                  RedirectAttributes redirect) {
        try {
            certification.revoke(id, input);
            redirect.addFlashAttribute("flash", "Đã ghi nhận quyết định thu hồi giấy chứng nhận.");
            return "redirect:/certificates/" + id;
        } catch (InvalidInputException e) {
            return page.show(id, CertificatePage.Forms.revocation(input, FormErrors.of(e.errors())), model);
        } catch (ConflictException e) {
            return page.show(id, CertificatePage.Forms.revocation(input,
                    FormErrors.of(List.of(new FieldError(e.field(), e.getMessage())))), model);
        }
    }

    /** Mở hồ sơ đánh giá lại (re-evaluation dossier) from the certificate: to the new dossier, or back with the reason. */
    @PostMapping("/{id}/reevaluation")
    String reevaluation(@PathVariable long id, RedirectAttributes redirect) {
        return follow(id, DossierKind.REEVALUATION, redirect);
    }

    /** Đề nghị nâng hạng (upgrade dossier) from a valid certificate below 5★. */
    @PostMapping("/{id}/upgrade")
    String upgrade(@PathVariable long id, RedirectAttributes redirect) {
        return follow(id, DossierKind.UPGRADE, redirect);
    }

    private String follow(long id, DossierKind kind, RedirectAttributes redirect) {
        try {
            long dossier = renewals.open(id, kind).id();
            redirect.addFlashAttribute("flash", kind == DossierKind.REEVALUATION
                    ? "Đã mở hồ sơ đánh giá, phân hạng lại; minh chứng còn hiệu lực của hồ sơ trước đã được dùng lại."
                    : "Đã mở hồ sơ nâng hạng; minh chứng còn hiệu lực của hồ sơ trước đã được dùng lại.");
            return "redirect:/dossiers/" + dossier;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.errors().isEmpty() ? e.getMessage()
                    : e.errors().get(0).message());
        } catch (ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/certificates/" + id;
    }

    @GetMapping("/{id}/labels")
    String labels(@PathVariable long id, Model model) {
        model.addAttribute("c", certification.certificate(id).orElseThrow(() -> CertificateApiController.notFound(id)));
        return "certification/labels";
    }
}
