package ocop.certification.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import ocop.certification.internal.CertificateImport;
import ocop.system.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Nhập danh sách giấy chứng nhận đã cấp từ tệp Excel (.xlsx), tất cả hoặc không dòng nào. */
@RestController
@RequestMapping("/api/v1/certificates/import")
class CertificateImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CertificateImport importer;

    CertificateImportController(CertificateImport importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nhập giấy chứng nhận đã cấp từ tệp .xlsx (phần `file`): dòng tiêu đề rồi mỗi dòng một giấy "
            + "chứng nhận (mã hoặc ID sản phẩm, số GCN, hạng sao 3–5, điểm, số và ngày quyết định, ngày cấp, chế độ "
            + "QĐ 26/2026 hoặc QĐ 148/1489); có lỗi ở bất kỳ dòng nào thì trả 400 với toàn bộ lỗi và không ghi gì; "
            + "cán bộ phường hoặc quản trị")
    CertificateImport.Result importXlsx(@RequestParam("file") MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "Chọn tệp .xlsx để nhập.");
        }
        try (InputStream in = file.getInputStream()) {
            return importer.importXlsx(in);
        } catch (IOException e) {
            throw new InvalidInputException("file", "Không đọc được tệp tải lên.");
        }
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "Tệp mẫu .xlsx (chỉ có dòng tiêu đề) để nhập giấy chứng nhận")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-nhap-giay-chung-nhan.xlsx").build().toString())
                .body(CertificateImport.template());
    }
}
