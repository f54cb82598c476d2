package ocop.certification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import ocop.certification.CertificationApi;
import ocop.certification.PublicCertificate;
import ocop.registry.PublicPhoto;
import ocop.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;

/**
 * Tra cứu công khai giấy chứng nhận (public check, no sign-in): the page the QR code points at, the same data as
 * JSON, and the product's photo. Rate-limited per address by {@link PublicRateLimit}.
 */
@Controller
@Tag(name = "Tra cứu công khai", description = "Kiểm tra giấy chứng nhận OCOP còn hiệu lực không, không cần đăng nhập")
class PublicCertificateController {

    /** Phones keep the photo a day and then revalidate it by its SHA-256 (ETag). */
    private static final CacheControl PHOTO_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final CertificationApi certification;

    PublicCertificateController(CertificationApi certification) {
        this.certification = certification;
    }

    @GetMapping("/public/certificates/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("c", find(token));
        model.addAttribute("token", token);
        return "certification/public";
    }

    @GetMapping("/api/v1/public/certificates/{token}")
    @ResponseBody
    @Operation(summary = "Dữ liệu tra cứu công khai của một giấy chứng nhận")
    PublicCertificate json(@PathVariable String token) {
        return find(token);
    }

    @GetMapping("/public/certificates/{token}/photo")
    @Operation(summary = "Ảnh sản phẩm của giấy chứng nhận (trang tra cứu công khai); 404 khi không có")
    ResponseEntity<byte[]> photo(@PathVariable String token, WebRequest request) {
        PublicPhoto.Content photo = certification.publicPhoto(token)
                .orElseThrow(() -> new NotFoundException("Không có ảnh sản phẩm cho giấy chứng nhận này."));
        String etag = "\"" + photo.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(PHOTO_CACHE).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).eTag(etag)
                .cacheControl(PHOTO_CACHE).header("X-Content-Type-Options", "nosniff").body(photo.bytes());
    }

    private PublicCertificate find(String token) {
        return certification.publicCertificate(token)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận. Vui lòng kiểm tra lại mã QR."));
    }
}
