package ocop.certification.web;

import java.time.Clock;
import java.time.LocalDate;
import ocop.certification.CertificateStatus;
import ocop.certification.CertificationApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of OCOP certificates (Chứng nhận): the list with status badges, one certificate, its A4 QR labels. */
@Controller
@RequestMapping("/certificates")
class CertificateController {

    private final CertificationApi certification;
    private final Clock clock;

    CertificateController(CertificationApi certification, Clock clock) {
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
        return "certification/certificates";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("c", certification.certificate(id).orElseThrow(() -> CertificateApiController.notFound(id)));
        return "certification/certificate";
    }

    @GetMapping("/{id}/labels")
    String labels(@PathVariable long id, Model model) {
        model.addAttribute("c", certification.certificate(id).orElseThrow(() -> CertificateApiController.notFound(id)));
        return "certification/labels";
    }
}
