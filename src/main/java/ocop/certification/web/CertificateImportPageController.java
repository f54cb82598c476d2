package ocop.certification.web;

import java.io.IOException;
import java.io.InputStream;
import ocop.certification.internal.CertificateImport;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import form on the certificates page (nhập danh sách giấy chứng nhận đã cấp): the outcome or every row error. */
@Controller
class CertificateImportPageController {

    private final CertificateImport importer;

    CertificateImportPageController(CertificateImport importer) {
        this.importer = importer;
    }

    @PostMapping("/certificates/import")
    String importXlsx(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Chọn tệp .xlsx để nhập.");
            }
            try (InputStream in = file.getInputStream()) {
                CertificateImport.Result result = importer.importXlsx(in);
                redirect.addFlashAttribute("flash", "Đã nhập " + result.count() + " giấy chứng nhận.");
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("importErrors", e.errors().stream().map(FieldError::message).toList());
        } catch (IOException e) {
            redirect.addFlashAttribute("importErrors", java.util.List.of("Không đọc được tệp tải lên."));
        }
        return "redirect:/certificates";
    }
}
