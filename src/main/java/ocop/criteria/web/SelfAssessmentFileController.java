package ocop.criteria.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ocop.criteria.internal.SelfAssessmentFile;
import ocop.criteria.internal.SelfAssessmentFiles;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Minh chứng theo tiêu chí (evidence files per item) on the self-assessment page: htmx posts the item's file input
 * ({@code file.<item>}) and swaps the item's file list.
 */
@Controller
class SelfAssessmentFileController {

    private final SelfAssessmentFiles evidence;

    SelfAssessmentFileController(SelfAssessmentFiles evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/products/{id}/self-assessment/files")
    String upload(@PathVariable long id, @RequestParam String item, MultipartRequest request, Model model)
            throws IOException {
        List<SelfAssessmentFile> files;
        MultipartFile file = request.getFile("file." + item);
        file = file == null ? request.getFile("file") : file;
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Hãy chọn một tệp để tải lên.");
            }
            files = evidence.add(id, item, file.getOriginalFilename(), file.getBytes());
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidInputException e) {
            files = null;
            model.addAttribute("errors", FormErrors.of(e.errors()));
        }
        return fragment(id, item, files, model);
    }

    @PostMapping("/products/{id}/self-assessment/files/{fileId}/delete")
    String delete(@PathVariable long id, @PathVariable long fileId, @RequestParam String item, Model model) {
        model.addAttribute("errors", FormErrors.none());
        return fragment(id, item, evidence.remove(id, fileId), model);
    }

    @GetMapping("/products/{id}/self-assessment/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        SelfAssessmentFiles.Content content = evidence.read(id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.file().fileName(), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    private String fragment(long id, String item, List<SelfAssessmentFile> files, Model model) {
        model.addAttribute("productId", id);
        model.addAttribute("item", item);
        model.addAttribute("files", files == null ? evidence.list(id, item) : files);
        model.addAttribute("mayWrite", true);
        return "criteria/self-assessment-files :: files";
    }
}
