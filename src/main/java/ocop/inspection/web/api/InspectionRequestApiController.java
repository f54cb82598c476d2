package ocop.inspection.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.inspection.AdHocInput;
import ocop.inspection.AdHocRequestView;
import ocop.inspection.InspectionApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of ad-hoc inspection requests (yêu cầu kiểm tra đột xuất): those waiting, raise one, read one. */
@RestController
@RequestMapping("/api/v1/inspections/requests")
@Tag(name = "Kiểm tra, giám sát: kiểm tra đột xuất", description = "Yêu cầu kiểm tra đột xuất (Điều 9.2.a Quyết định "
        + "26/2026/QĐ-TTg): do giấy chứng nhận hết hiệu lực (hệ thống tự tạo), phản ánh, khiếu nại hoặc lý do khác")
class InspectionRequestApiController {

    private final InspectionApi inspections;
    private final InspectionApiGuard guard;

    InspectionRequestApiController(InspectionApi inspections, InspectionApiGuard guard) {
        this.inspections = inspections;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "Yêu cầu kiểm tra đột xuất trong phạm vi của người dùng chưa có lần kiểm tra, cũ nhất trước")
    List<AdHocRequestView> waiting() {
        guard.official();
        return inspections.waitingRequests();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một yêu cầu kiểm tra đột xuất (visitId: lần kiểm tra đã bắt đầu từ yêu cầu)")
    AdHocRequestView get(@PathVariable long id) {
        guard.official();
        return inspections.request(id);
    }

    @PostMapping
    @Operation(summary = "Đề nghị kiểm tra đột xuất một sản phẩm: lý do (EXPIRED_CERTIFICATE với mã giấy chứng nhận, "
            + "COMPLAINT với số, ngày đơn phản ánh, OTHER), ghi chú; cán bộ Phòng Kinh tế, cán bộ tỉnh, quản trị")
    ResponseEntity<AdHocRequestView> raise(@RequestBody AdHocInput input) {
        guard.official();
        AdHocRequestView request = inspections.raiseAdHoc(input);
        return InspectionApiGuard.created(request, "/api/v1/inspections/requests/{id}", request.id());
    }
}
