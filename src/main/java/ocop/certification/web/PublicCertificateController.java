package ocop.certification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ocop.certification.CertificationApi;
import ocop.certification.PublicCertificate;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Tra cứu công khai giấy chứng nhận (public check, no sign-in): the page the QR code points at and the same data as
 * JSON. Rate-limited per address by {@link PublicRateLimit}.
 */
@Controller
@Tag(name = "Tra cứu công khai", description = "Kiểm tra giấy chứng nhận OCOP còn hiệu lực không, không cần đăng nhập")
class PublicCertificateController {

    private final CertificationApi certification;

    PublicCertificateController(CertificationApi certification) {
        this.certification = certification;
    }

    @GetMapping("/public/certificates/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("c", find(token));
        return "certification/public";
    }

    @GetMapping("/api/v1/public/certificates/{token}")
    @ResponseBody
    @Operation(summary = "Dữ liệu tra cứu công khai của một giấy chứng nhận")
    PublicCertificate json(@PathVariable String token) {
        return find(token);
    }

    private PublicCertificate find(String token) {
        return certification.publicCertificate(token)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận. Vui lòng kiểm tra lại mã QR."));
    }
}
