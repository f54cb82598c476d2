package ocop.certification.web;

import java.time.Clock;
import java.time.LocalDate;
import ocop.certification.CertificationApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of OCOP certificates (Chứng nhận): the list and one certificate. */
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
    String list(@RequestParam(required = false) Long product, Model model) {
        model.addAttribute("certificates",
                product == null ? certification.certificates() : certification.certificates(product));
        model.addAttribute("product", product);
        return "certification/certificates";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("c", certification.certificate(id).orElseThrow(() -> CertificateApiController.notFound(id)));
        return "certification/certificate";
    }
}
