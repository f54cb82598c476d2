package ocop.dossier.web;

import ocop.dossier.internal.intake.CycleService;
import ocop.dossier.internal.intake.CycleView;
import ocop.dossier.internal.intake.FlagConversion;
import ocop.dossier.internal.intake.FlagService;
import ocop.dossier.internal.intake.FlagView;
import ocop.dossier.internal.intake.IntakeService;
import ocop.dossier.internal.intake.PlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import ocop.dossier.domain.FlagStatus;
import ocop.registry.ProductView;
import ocop.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of intake and the OCOP cycle (tiếp nhận và chu trình OCOP): register a product idea or an existing product,
 * a product's cycle with the ward's decisions and the business plan, and the potential products flagged by
 * neighbourhood heads.
 */
@RestController
@Tag(name = "Ý tưởng và chu trình OCOP", description = "Đăng ký ý tưởng, sản phẩm đã có; chu trình 6 bước; phương án "
        + "SXKD; sản phẩm tiềm năng do trưởng khu phố đề xuất")
class IntakeApiController {

    private final IntakeService intake;
    private final PlanService plans;
    private final CycleService cycles;
    private final FlagService flags;
    private final FlagConversion conversion;

    IntakeApiController(IntakeService intake, PlanService plans, CycleService cycles, FlagService flags,
                        FlagConversion conversion) {
        this.intake = intake;
        this.plans = plans;
        this.cycles = cycles;
        this.flags = flags;
        this.conversion = conversion;
    }

    @PostMapping("/api/v1/ideas")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đăng ký ý tưởng sản phẩm mới (existing=false) hoặc sản phẩm đã có (existing=true); chủ thể tự "
            + "đăng ký, cán bộ đăng ký thay hộ sản xuất")
    ProductView register(@RequestBody IntakeService.Registration input) {
        return intake.register(input);
    }

    @GetMapping("/api/v1/products/{id}/cycle")
    @Operation(summary = "Chu trình OCOP của sản phẩm: bước hiện tại, lịch sử có ngày, phương án SXKD, hồ sơ")
    CycleView cycle(@PathVariable long id) {
        return cycles.view(id);
    }

    @PostMapping("/api/v1/products/{id}/cycle/plan")
    @Operation(summary = "Nộp phương án sản xuất kinh doanh (tóm tắt) sau khi ý tưởng được chấp nhận")
    CycleView plan(@PathVariable long id, @RequestBody DossierRequests.Plan body) {
        return plans.submitPlan(id, body.summary(), null, null, body.version());
    }

    @PostMapping("/api/v1/products/{id}/cycle/{decision}")
    @Operation(summary = "Quyết định trong chu trình: accept-idea, return-idea (kèm lý do), resubmit-idea, accept-plan, "
            + "return-plan (kèm lý do)")
    CycleView decide(@PathVariable long id, @PathVariable String decision,
                     @RequestBody(required = false) DossierRequests.Decision body) {
        DossierRequests.Decision b = body == null ? new DossierRequests.Decision(null, null) : body;
        return intake.decide(id, decision(decision), b.note(), b.version());
    }

    @GetMapping("/api/v1/flags")
    @Operation(summary = "Sản phẩm tiềm năng do trưởng khu phố đề xuất (trong phạm vi), lọc theo tình trạng")
    List<FlagView> flags(@RequestParam(required = false) FlagStatus status) {
        return flags.list(status);
    }

    @PostMapping("/api/v1/flags")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đề xuất sản phẩm tiềm năng của khu phố: tên, người làm, liên hệ, ghi chú")
    FlagView flag(@RequestBody FlagService.FlagInput input) {
        return flags.create(input);
    }

    @GetMapping("/api/v1/flags/{id}")
    @Operation(summary = "Xem một đề xuất")
    FlagView getFlag(@PathVariable long id) {
        return flags.get(id);
    }

    @PostMapping("/api/v1/flags/{id}/convert")
    @Operation(summary = "Chuyển đề xuất thành ý tưởng sản phẩm đã đăng ký (chủ thể có sẵn hoặc thêm mới)")
    FlagView convert(@PathVariable long id, @RequestBody FlagConversion.Conversion body) {
        return conversion.convert(id, body);
    }

    @PostMapping("/api/v1/flags/{id}/close")
    @Operation(summary = "Đóng đề xuất kèm ghi chú")
    FlagView close(@PathVariable long id, @RequestBody DossierRequests.Decision body) {
        return flags.close(id, body.note(), body.version());
    }

    static IntakeService.Decision decision(String slug) {
        try {
            return IntakeService.Decision.valueOf(slug.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Không có quyết định \"" + slug + "\" trong chu trình.");
        }
    }
}
