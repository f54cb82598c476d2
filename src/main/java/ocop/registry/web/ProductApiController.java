package ocop.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import ocop.access.AuditEntry;
import ocop.access.AuditTrail;
import ocop.registry.OcopStatus;
import ocop.registry.ProductFilter;
import ocop.registry.ProductInput;
import ocop.registry.ProductSummary;
import ocop.registry.ProductView;
import ocop.registry.StarRecordInput;
import ocop.registry.internal.ProductRecordsService;
import ocop.registry.internal.ProductRecordsService.Upload;
import ocop.registry.internal.ProductService;
import ocop.system.PageSlice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API for products (sản phẩm OCOP): scoped through their producer, with photos and star history. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Sản phẩm", description = "Sổ sản phẩm OCOP: phân loại theo Phụ lục I, ảnh, tình trạng và lịch sử hạng sao")
class ProductApiController {

    private final ProductService products;
    private final ProductRecordsService records;
    private final AuditTrail audit;

    ProductApiController(ProductService products, ProductRecordsService records, AuditTrail audit) {
        this.products = products;
        this.records = records;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Tìm sản phẩm (không phân biệt dấu, hoa thường), lọc theo tình trạng, hạng sao, nhóm, "
            + "khu phố, chủ thể; có phân trang")
    PageSlice<ProductSummary> list(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) OcopStatus status,
                                   @RequestParam(required = false) Integer stars,
                                   @RequestParam(required = false) String group,
                                   @RequestParam(required = false) Long neighbourhood,
                                   @RequestParam(required = false) Long producer,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return products.search(new ProductFilter(q, status, stars, group, neighbourhood, producer), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một sản phẩm: phân loại, ảnh, lịch sử hạng sao")
    ProductView get(@PathVariable long id) {
        return products.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm sản phẩm: chủ thể, tên và nhóm sản phẩm (nút lá của phân loại đang áp dụng)")
    ProductView create(@RequestBody ProductInput input) {
        return products.create(input);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Cập nhật sản phẩm (gửi kèm version để tránh ghi đè thay đổi của người khác)")
    ProductView update(@PathVariable long id, @RequestBody ProductInput input) {
        return products.update(id, input);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Xóa sản phẩm")
    void delete(@PathVariable long id) {
        products.delete(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Lịch sử thay đổi của sản phẩm")
    List<AuditEntry> history(@PathVariable long id) {
        products.get(id);
        return audit.history("product", id);
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tải ảnh sản phẩm lên (JPEG, PNG hoặc WebP; phần 'file' của biểu mẫu multipart)")
    ProductView.Photo addPhoto(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return records.addPhoto(id, new Upload(file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/photos/{photoId}")
    @Operation(summary = "Tải ảnh sản phẩm về")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return ProductForms.photoResponse(records.photo(id, photoId));
    }

    @PostMapping("/{id}/stars")
    @Operation(summary = "Ghi nhận kết quả công nhận hạng sao (từ 3★ sản phẩm chuyển sang 'Đã xếp hạng')")
    ProductView addStarRecord(@PathVariable long id, @RequestBody StarRecordInput input) {
        return records.addStarRecord(id, input);
    }
}
