package ocop.inspection.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.inspection.InspectionApi;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.inspection.PlanView;
import ocop.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of inspection plans (kế hoạch kiểm tra): list, read, draft, approve, close, add and remove products. */
@RestController
@RequestMapping("/api/v1/inspections/plans")
@Tag(name = "Kiểm tra, giám sát: kế hoạch", description = "Kế hoạch kiểm tra duy trì tiêu chí sản phẩm OCOP theo năm "
        + "hoặc quý (hậu kiểm, Điều 9 Quyết định 26/2026/QĐ-TTg; mục III.5 Kế hoạch 1411/KH-UBND): sản phẩm, chủ thể, "
        + "ngày và người kiểm tra; lãnh đạo UBND phường phê duyệt")
class InspectionPlanApiController {

    private final InspectionApi inspections;
    private final InspectionApiGuard guard;

    InspectionPlanApiController(InspectionApi inspections, InspectionApiGuard guard) {
        this.inspections = inspections;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "Kế hoạch kiểm tra trong phạm vi của người dùng, năm mới nhất trước; lọc theo năm")
    List<PlanView> list(@Parameter(description = "Năm của kế hoạch") @RequestParam(required = false) Integer year) {
        guard.official();
        return inspections.plans(year);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một kế hoạch với các sản phẩm cần kiểm tra")
    PlanView get(@PathVariable long id) {
        guard.official();
        return inspections.plan(id);
    }

    @PostMapping
    @Operation(summary = "Lập kế hoạch (dự thảo): năm, quý (bỏ trống: cả năm), tên; cán bộ tỉnh ghi mã phường "
            + "(unitCode). Cán bộ Phòng Kinh tế, cán bộ tỉnh, quản trị")
    ResponseEntity<PlanView> create(@RequestBody PlanInput input) {
        guard.official();
        PlanView plan = inspections.createPlan(input);
        return InspectionApiGuard.created(plan, "/api/v1/inspections/plans/{id}", plan.id());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa năm, quý, tên của kế hoạch đang dự thảo (gửi kèm version đã đọc: 409 khi đã cũ)")
    PlanView update(@PathVariable long id, @RequestBody PlanInput input) {
        guard.official();
        return inspections.updatePlan(id, input);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Phê duyệt kế hoạch dự thảo có ít nhất một sản phẩm ({\"version\": n}); lãnh đạo UBND phường, "
            + "cán bộ tỉnh, quản trị")
    PlanView approve(@PathVariable long id, @RequestBody(required = false) InspectionApiRequests.Version body) {
        guard.official();
        return inspections.approvePlan(id, InspectionApiGuard.version(body == null ? null : body.version()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Kết thúc kế hoạch đã phê duyệt ({\"version\": n}); không thêm, bớt sản phẩm được nữa")
    PlanView close(@PathVariable long id, @RequestBody(required = false) InspectionApiRequests.Version body) {
        guard.official();
        return inspections.closePlan(id, InspectionApiGuard.version(body == null ? null : body.version()));
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Thêm sản phẩm của phường vào kế hoạch: ngày kiểm tra (trong năm, quý của kế hoạch), "
            + "người kiểm tra [{userId, name}], ghi chú")
    ResponseEntity<PlanView.Item> addItem(@PathVariable long id, @RequestBody PlanItemInput input) {
        guard.official();
        PlanView.Item item = inspections.addPlanItem(id, input);
        return InspectionApiGuard.created(item, "/api/v1/inspections/plans/{id}/items/{itemId}", id, item.id());
    }

    @GetMapping("/{id}/items/{itemId}")
    @Operation(summary = "Xem một sản phẩm trong kế hoạch (lần kiểm tra đã bắt đầu, nếu có)")
    PlanView.Item item(@PathVariable long id, @PathVariable long itemId) {
        guard.official();
        return inspections.plan(id).items().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy sản phẩm trong kế hoạch."));
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @Operation(summary = "Bớt một sản phẩm chưa bắt đầu kiểm tra khỏi kế hoạch (409 khi đã bắt đầu hoặc kế hoạch đã "
            + "kết thúc)")
    ResponseEntity<Void> removeItem(@PathVariable long id, @PathVariable long itemId) {
        guard.official();
        inspections.removePlanItem(id, itemId);
        return ResponseEntity.noContent().build();
    }
}
