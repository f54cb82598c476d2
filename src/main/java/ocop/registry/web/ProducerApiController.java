package ocop.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.access.AuditEntry;
import ocop.access.AuditTrail;
import ocop.registry.CertificationInput;
import ocop.registry.ProducerFilter;
import ocop.registry.ProducerSummary;
import ocop.registry.ProducerView;
import ocop.registry.ProducerInput;
import ocop.registry.ProducerType;
import ocop.registry.internal.ProducerService;
import ocop.system.PageSlice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for producers (chủ thể OCOP), scoped to the caller's unit and role. */
@RestController
@RequestMapping("/api/v1/producers")
@Tag(name = "Chủ thể", description = "Sổ chủ thể OCOP (doanh nghiệp, HTX, tổ hợp tác, trang trại, hộ kinh doanh)")
class ProducerApiController {

    private final ProducerService producers;
    private final AuditTrail audit;

    ProducerApiController(ProducerService producers, AuditTrail audit) {
        this.producers = producers;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Tìm chủ thể (không phân biệt dấu, hoa thường), có phân trang")
    PageSlice<ProducerSummary> list(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) ProducerType type,
                                    @RequestParam(required = false) Long neighbourhood,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return producers.search(new ProducerFilter(q, type, neighbourhood), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một chủ thể")
    ProducerView get(@PathVariable long id) {
        return producers.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm chủ thể: chỉ cần loại hình, tên và mã định danh theo loại hình")
    ProducerView create(@RequestBody ProducerInput input) {
        return producers.create(input);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Cập nhật chủ thể (gửi kèm version để tránh ghi đè thay đổi của người khác)")
    ProducerView update(@PathVariable long id, @RequestBody ProducerInput input) {
        return producers.update(id, input);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Xóa chủ thể chưa có sản phẩm")
    void delete(@PathVariable long id) {
        producers.delete(id);
    }

    @PostMapping("/{id}/certifications")
    @Operation(summary = "Thêm chứng nhận chất lượng (VietGAP, GlobalGAP, GMP, ISO 22000, HACCP, hữu cơ…)")
    ProducerView addCertification(@PathVariable long id, @RequestBody CertificationInput input) {
        return producers.addCertification(id, input);
    }

    @DeleteMapping("/{id}/certifications/{certificationId}")
    @Operation(summary = "Xóa một chứng nhận chất lượng")
    ProducerView removeCertification(@PathVariable long id, @PathVariable long certificationId) {
        return producers.removeCertification(id, certificationId);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Lịch sử thay đổi của chủ thể")
    List<AuditEntry> history(@PathVariable long id) {
        producers.get(id);
        return audit.history("producer", id);
    }
}
