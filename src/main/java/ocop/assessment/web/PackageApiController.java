package ocop.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ocop.assessment.internal.PackageService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The dossier package for the province (gói hồ sơ gửi tỉnh) as one ZIP. */
@RestController
@Tag(name = "Hồ sơ gửi tỉnh", description = "Gói hồ sơ ZIP gửi UBND tỉnh (Điều 6.2 Quyết định 26/2026/QĐ-TTg)")
class PackageApiController {

    private final PackageService packages;

    PackageApiController(PackageService packages) {
        this.packages = packages;
    }

    @GetMapping("/api/v1/dossiers/{id}/package.zip")
    @Operation(summary = "Gói hồ sơ gửi tỉnh (ZIP): mục lục PDF, Mẫu 01, Mẫu 02, Mẫu 03 đã ban hành, văn bản đề "
            + "nghị và mọi tệp minh chứng, tên tệp không dấu để tải lên phần mềm chấm điểm của tỉnh; sau khi báo "
            + "cáo Mẫu 03 đã ban hành")
    void zip(@PathVariable long id, HttpServletResponse response) throws IOException {
        String name = packages.prepare(id);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        packages.write(id, response.getOutputStream());
    }
}
