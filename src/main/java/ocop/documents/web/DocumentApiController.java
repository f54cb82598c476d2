package ocop.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentFilter;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentSummary;
import ocop.documents.DocumentType;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.IssuedDocument;
import ocop.documents.RenderedFile;
import ocop.system.PageSlice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of outgoing documents (văn bản đi): drafts, issuing, discarding, the register and the DOCX/PDF files. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Văn bản", description = "Văn bản đi của UBND phường theo Nghị định 30/2020/NĐ-CP: dự thảo, ban hành, "
        + "hủy dự thảo, sổ đăng ký văn bản đi, tệp DOCX và PDF")
class DocumentApiController {

    private final DocumentsApi documents;

    DocumentApiController(DocumentsApi documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "Sổ văn bản đi: lọc theo năm, loại, trạng thái (dự thảo đã hủy chỉ hiện khi lọc «DISCARDED»); "
            + "tìm theo trích yếu hoặc số (không phân biệt dấu)")
    PageSlice<DocumentSummary> list(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) DocumentType type,
                                    @RequestParam(required = false) DocumentStatus status,
                                    @RequestParam(required = false) String q,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return documents.search(new DocumentFilter(year, type, status, q), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một văn bản: nội dung, trạng thái, số và ngày ban hành")
    DocumentView get(@PathVariable long id) {
        return documents.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Soạn dự thảo (cán bộ Phòng Kinh tế): loại, trích yếu, nơi nhận, các mục với đoạn văn, "
            + "gạch đầu dòng, bảng; chưa có số")
    DocumentView create(@RequestBody DocumentDraft draft) {
        return documents.createDraft(draft);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa dự thảo (gửi kèm version); văn bản đã ban hành không sửa được (409)")
    DocumentView revise(@PathVariable long id, @RequestBody DocumentDraft draft) {
        return documents.reviseDraft(id, draft);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Ban hành (lãnh đạo UBND): lấy số tiếp theo trong sổ của năm, ghi ngày, lưu PDF kèm SHA-256")
    IssuedDocument issue(@PathVariable long id) {
        return documents.issue(id);
    }

    @PostMapping("/{id}/discard")
    @Operation(summary = "Hủy dự thảo (cán bộ Phòng Kinh tế, quản trị viên hoặc lãnh đạo UBND): ghi lý do, gửi kèm "
            + "version; văn bản đã ban hành hoặc đã hủy không hủy được (409), thiếu lý do trả 400")
    DocumentView discard(@PathVariable long id, @RequestBody DiscardRequest request) {
        return documents.discard(id, request.reason(), request.requiredVersion());
    }

    @GetMapping("/{id}/docx")
    @Operation(summary = "Tải tệp DOCX (Times New Roman, khổ A4, lề theo Nghị định 30)")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(documents.docx(id));
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "Tải tệp PDF (phông chữ nhúng); văn bản đã ban hành trả đúng tệp đã lưu")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(documents.pdf(id));
    }

    static ResponseEntity<byte[]> file(RenderedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .header("X-Content-SHA256", file.sha256())
                .body(file.bytes());
    }
}
