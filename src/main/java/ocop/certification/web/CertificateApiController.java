package ocop.certification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of OCOP certificates (giấy chứng nhận), scoped like the registry. */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Chứng nhận OCOP", description = "Giấy chứng nhận sản phẩm OCOP: số, hạng sao, điểm, quyết định công nhận, "
        + "ngày cấp và thời hạn hiệu lực 36 tháng (Điều 4.3 Quyết định 26/2026/QĐ-TTg)")
class CertificateApiController {

    private final CertificationApi certification;

    CertificateApiController(CertificationApi certification) {
        this.certification = certification;
    }

    @GetMapping
    @Operation(summary = "Danh sách giấy chứng nhận trong phạm vi của người dùng, mới cấp trước; lọc theo sản phẩm")
    List<CertificateView> list(@Parameter(description = "Mã sản phẩm") @RequestParam(required = false) Long product) {
        return product == null ? certification.certificates() : certification.certificates(product);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một giấy chứng nhận")
    CertificateView get(@PathVariable long id) {
        return certification.certificate(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Không tìm thấy giấy chứng nhận " + id + ".");
    }
}
