package ocop.criteria.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.Role;
import ocop.criteria.internal.ImportPreview;
import ocop.criteria.internal.SheetCatalog;
import ocop.criteria.internal.SheetImports;
import ocop.criteria.internal.StoredSheet;
import ocop.criteria.web.SheetJsonViews.PreviewJson;
import ocop.criteria.web.SheetJsonViews.SheetSummary;
import ocop.system.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bộ tiêu chí (criteria sheets) over JSON: read by any signed-in user, imported by administrators. */
@RestController
@RequestMapping("/api/v1/criteria-sheets")
@Tag(name = "Bộ tiêu chí", description = "Các bộ tiêu chí kiêm phiếu đánh giá (Phụ lục II QĐ 26/2026/QĐ-TTg) theo "
        + "phiên bản; xuất JSON/XLSX; quản trị viên nhập phiên bản mới (xem trước, rồi nhập toàn bộ hoặc không gì cả)")
class CriteriaSheetApiController {

    private final SheetCatalog catalog;
    private final SheetImports imports;
    private final AccessApi access;

    CriteriaSheetApiController(SheetCatalog catalog, SheetImports imports, AccessApi access) {
        this.catalog = catalog;
        this.imports = imports;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Danh sách bộ tiêu chí: phiên bản mới nhất của mỗi mã, kèm các phiên bản đã lưu")
    List<SheetSummary> list() {
        Map<String, List<StoredSheet>> byCode = new LinkedHashMap<>();
        catalog.stored().forEach(s -> byCode.computeIfAbsent(s.sheet().code(), c -> new ArrayList<>()).add(s));
        return byCode.values().stream().map(versions -> SheetSummary.of(versions.get(versions.size() - 1),
                versions.stream().map(v -> v.sheet().version()).toList())).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một bộ tiêu chí theo định dạng của ứng dụng (docs/criteria-format.md); phiên bản mới nhất "
            + "hoặc ?version=")
    ResponseEntity<String> get(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(SheetDownloads.json(SheetDownloads.find(catalog, code, version)));
    }

    @GetMapping("/{code}/xlsx")
    @Operation(summary = "Xuất bộ tiêu chí ra mẫu XLSX (mỗi phương án một dòng), dùng làm mẫu để nhập lại")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return SheetDownloads.xlsx(SheetDownloads.find(catalog, code, version));
    }

    @PostMapping(path = "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Xem trước khi nhập (quản trị viên): tệp JSON hoặc XLSX ở phần 'file'; liệt kê mọi lỗi, "
            + "hoặc bộ mới / phiên bản mới của mã nào và bao nhiêu tiêu chí thay đổi. Không lưu gì.")
    PreviewJson preview(@RequestPart("file") MultipartFile file) throws IOException {
        requireAdmin();
        return PreviewJson.of(imports.preview(file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập bộ tiêu chí (quản trị viên): lưu thành phiên bản tiếp theo của mã, toàn bộ hoặc không "
            + "gì cả; basedOnVersion (tùy chọn) là phiên bản đã xem trước")
    ResponseEntity<PreviewJson> commit(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Integer basedOnVersion) throws IOException {
        requireAdmin();
        ImportPreview stored = imports.commit(file.getOriginalFilename(), file.getBytes(), basedOnVersion,
                basedOnVersion != null, access.currentUser().username());
        return ResponseEntity.status(HttpStatus.CREATED).body(PreviewJson.of(stored));
    }

    private void requireAdmin() {
        if (!access.currentUser().is(Role.ADMIN)) {
            throw new ForbiddenException("Chỉ quản trị viên được nhập bộ tiêu chí.");
        }
    }
}
