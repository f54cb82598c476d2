package ocop.inspection.web.candidates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import ocop.inspection.internal.candidates.PlanSeedRequest;
import ocop.inspection.internal.candidates.PlanSeedResult;
import ocop.inspection.internal.candidates.PlanSeeding;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/candidates/{kind}/plan: the chosen rows of a list become items of an inspection plan. */
@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Danh sách rà soát")
class CandidatePlanApiController {

    private final PlanSeeding seeding;

    CandidatePlanApiController(PlanSeeding seeding) {
        this.seeding = seeding;
    }

    @PostMapping("/{kind}/plan")
    @Operation(summary = "Đưa sản phẩm của danh sách vào kế hoạch kiểm tra: productIds (sản phẩm có trong danh sách "
            + "của người dùng), planId (kế hoạch đang dự thảo của đơn vị) hoặc newPlan {year, quarter, title} (kế "
            + "hoạch mới của phường có các sản phẩm), plannedOn (không bắt buộc: hôm nay nếu trong kỳ, nếu không là "
            + "ngày đầu kỳ). Trả 201 với kế hoạch, các sản phẩm đã thêm và các sản phẩm bỏ qua vì đã có trong kế hoạch. "
            + "Dữ liệu sai: 400 nêu trường; kế hoạch không còn dự thảo: 409; kế hoạch ngoài phạm vi: 404; vai trò "
            + "không được lập kế hoạch (lãnh đạo, đơn vị thuộc phường, chủ thể…): 403.")
    ResponseEntity<PlanSeedResult> seed(@Parameter(description = "ready, upgrade hoặc at-risk") @PathVariable String kind,
            @RequestBody PlanSeedRequest request) {
        PlanSeedResult result = seeding.seed(CandidateApiController.kind(kind), request);
        return ResponseEntity.created(URI.create("/api/v1/inspections/plans/" + result.planId())).body(result);
    }
}
