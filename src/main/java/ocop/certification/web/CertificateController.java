package ocop.certification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.certification.CertificateStatus;
import ocop.certification.RevocationInput;
import ocop.certification.domain.RevocationGround;
import ocop.certification.internal.Renewals;
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

/** Pages of OCOP certificates (Chứng nhận): the list with status badges, one certificate with its revocation form, its A4 QR labels. */
@Controller
@RequestMapping("/certificates")
class CertificateController {

    private final CertificationApi certification;
    private final Clock clock;
    private final AccessApi access;
    private final Renewals renewals;

    CertificateController(CertificationApi certification, Clock clock, AccessApi access, Renewals renewals) {
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
                Model model) {
        model.addAttribute("certificates", product == null ? certification.certificates(status, expiringBefore)
                : certification.certificates(product));
        model.addAttribute("product", product);
        model.addAttribute("statuses", CertificateStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("expiringBefore", expiringBefore);
        model.addAttribute("mayImport", ocop.certification.internal.CertificateImport.mayImport(access.currentUser()));
        return "certification/certificates";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(id, new RevocationInput(null, null, null, null, null), FormErrors.none(), model);
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
            return detail(id, input, FormErrors.of(e.errors()), model);
        } catch (ConflictException e) {
            return detail(id, input, FormErrors.of(List.of(new FieldError(e.field(), e.getMessage()))), model);
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

    private String detail(long id, RevocationInput input, Map<String, String> errors, Model model) {
        var c = certification.certificate(id).orElseThrow(() -> CertificateApiController.notFound(id));
        model.addAttribute("c", c);
        CurrentUser me = access.currentUser();
        model.addAttribute("renewal", renewals.view(c));
        model.addAttribute("mayOpenDossier", me.is(Role.PRODUCER, Role.WARD_OFFICER));
        model.addAttribute("mayRevoke", me.is(Role.WARD_OFFICER, Role.PROVINCE_OFFICER, Role.ADMIN));
        model.addAttribute("grounds", RevocationGround.values());
        model.addAttribute("revocation", input);
        model.addAttribute("errors", errors);
        return "certification/certificate";
    }

    @GetMapping("/{id}/labels")
    String labels(@PathVariable long id, Model model) {
        model.addAttribute("c", certification.certificate(id).orElseThrow(() -> CertificateApiController.notFound(id)));
        return "certification/labels";
    }
}
