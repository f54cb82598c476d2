package ocop.inspection.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.inspection.ActionCloseInput;
import ocop.inspection.ActionEscalateInput;
import ocop.inspection.ActionInput;
import ocop.inspection.ActionView;
import ocop.inspection.InspectionApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of corrective actions (biện pháp khắc phục): add to a finding, list the open ones, close, escalate. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Kiểm tra, giám sát: biện pháp khắc phục", description = "Biện pháp khắc phục cho từng phát hiện: người "
        + "chịu trách nhiệm, thời hạn; xác nhận đã khắc phục khi kiểm tra lại, hoặc chuyển cấp có thẩm quyền xử lý")
class InspectionActionApiController {

    private final InspectionApi inspections;
    private final InspectionApiGuard guard;

    InspectionActionApiController(InspectionApi inspections, InspectionApiGuard guard) {
        this.inspections = inspections;
        this.guard = guard;
    }

    @PostMapping("/findings/{findingId}/actions")
    @Operation(summary = "Thêm biện pháp khắc phục cho một phát hiện của biên bản đang ghi: nội dung, người chịu trách "
            + "nhiệm, thời hạn (không trước ngày kiểm tra)")
    ResponseEntity<ActionView> add(@PathVariable long findingId, @RequestBody ActionInput input) {
        guard.participant();
        ActionView action = inspections.addAction(findingId, input);
        return InspectionApiGuard.created(action, "/api/v1/inspections/actions/{id}", action.id());
    }

    @GetMapping("/actions")
    @Operation(summary = "Biện pháp khắc phục đang mở trong phạm vi của người dùng, hạn gần nhất trước, kèm cờ quá hạn "
            + "(chủ thể: của các biên bản đã hoàn thành về sản phẩm của mình)")
    List<ActionView> open() {
        guard.participant();
        return inspections.openActions();
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "Xem một biện pháp khắc phục")
    ActionView get(@PathVariable long id) {
        guard.participant();
        return inspections.action(id);
    }

    @PostMapping("/actions/{id}/close")
    @Operation(summary = "Xác nhận đã khắc phục trong một lần kiểm tra lại đang ghi của cùng chuỗi kiểm tra "
            + "(followUpVisitId), với nhận xét và version đã đọc")
    ActionView close(@PathVariable long id, @RequestBody ActionCloseInput input) {
        guard.participant();
        return inspections.closeAction(id, input);
    }

    @PostMapping("/actions/{id}/escalate")
    @Operation(summary = "Chuyển cấp có thẩm quyền xử lý một biện pháp đang mở, với lý do và version đã đọc")
    ActionView escalate(@PathVariable long id, @RequestBody ActionEscalateInput input) {
        guard.participant();
        return inspections.escalateAction(id, input);
    }
}
