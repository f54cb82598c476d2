package ocop.inspection.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import ocop.inspection.InspectionApi;
import ocop.inspection.TodayView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the inspector's day (việc hôm nay của người kiểm tra), for the phone. */
@RestController
@Tag(name = "Kiểm tra, giám sát: việc hôm nay", description = "Sản phẩm cần kiểm tra trong ngày theo kế hoạch, biên "
        + "bản đang ghi dở và yêu cầu kiểm tra đột xuất đang chờ")
class InspectionTodayApiController {

    private final InspectionApi inspections;
    private final InspectionApiGuard guard;
    private final Clock clock;

    InspectionTodayApiController(InspectionApi inspections, InspectionApiGuard guard, Clock clock) {
        this.inspections = inspections;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/api/v1/inspections/today")
    @Operation(summary = "Việc trong ngày của người đang đăng nhập (mặc định: hôm nay)")
    TodayView today(@Parameter(description = "Ngày (yyyy-MM-dd)") @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        guard.official();
        return inspections.today(day != null ? day : LocalDate.now(clock));
    }
}
