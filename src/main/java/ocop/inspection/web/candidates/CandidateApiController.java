package ocop.inspection.web.candidates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ocop.inspection.CandidateKind;
import ocop.inspection.CandidateLists;
import ocop.inspection.Candidate;
import ocop.inspection.internal.candidates.CandidateXlsx;
import ocop.inspection.internal.candidates.ScopeNames;
import ocop.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON and XLSX of the candidate lists (danh sách rà soát) of the inspection plan, scoped to the signed-in user. */
@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Danh sách rà soát", description = "Danh sách phục vụ kế hoạch kiểm tra, giám sát (hậu kiểm, Điều 9 "
        + "Quyết định 26/2026/QĐ-TTg): sản phẩm sẵn sàng đánh giá (ready), có thể nâng hạng (upgrade), cần chú ý "
        + "(at-risk). Cán bộ phường xem phường mình, cán bộ tỉnh xem tỉnh, quản trị xem tất cả; chủ thể, trưởng khu "
        + "phố và mặt trận, đoàn thể: 403.")
class CandidateApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CandidateLists lists;
    private final ScopeNames scopes;
    private final Clock clock;

    CandidateApiController(CandidateLists lists, ScopeNames scopes, Clock clock) {
        this.lists = lists;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/{kind}")
    @Operation(summary = "Các dòng của một danh sách: ready (chưa được công nhận, tự đánh giá từ 3 sao, đạt yêu cầu "
            + "tối thiểu, không bị loại), upgrade (còn hiệu lực, dưới 5 sao, cách ngưỡng hạng trên không quá "
            + "ocop.inspection.candidates.upgrade-margin điểm, kèm các tiêu chí cần nâng do bộ chấm tính), at-risk "
            + "(giấy chứng nhận sắp hết hiệu lực hoặc đã hết hiệu lực mà chưa nộp hồ sơ đánh giá lại; biện pháp khắc "
            + "phục quá hạn (FINDING_OVERDUE); lần kiểm tra gần nhất thấy vẫn dùng biểu trưng OCOP sau khi giấy chứng "
            + "nhận hết hiệu lực hoặc bị thu hồi (LOGO_AFTER_EXPIRY); mỗi lý do một dòng, lý do bằng tiếng Việt, "
            + "dueOn là mốc tính, daysLeft số ngày còn lại, âm khi đã quá). Loại không có: 404.")
    List<Candidate> list(@Parameter(description = "ready, upgrade hoặc at-risk") @PathVariable String kind) {
        return lists.list(kind(kind));
    }

    @GetMapping(value = "/{kind}", params = "format=xlsx")
    @Operation(summary = "Như trên, tải về tệp Excel (?format=xlsx)")
    ResponseEntity<byte[]> xlsxByParameter(@PathVariable String kind) {
        return xlsx(kind);
    }

    @GetMapping("/{kind}.xlsx")
    @Operation(summary = "Tải danh sách dạng Excel: dòng tiêu đề có tên đơn vị và ngày lập, tiêu đề cột tiếng Việt, "
            + "ngày dạng dd/MM/yyyy")
    ResponseEntity<byte[]> xlsx(@Parameter(description = "ready, upgrade hoặc at-risk") @PathVariable String kind) {
        CandidateKind k = kind(kind);
        LocalDate today = LocalDate.now(clock);
        byte[] body = CandidateXlsx.write(k, lists.list(k), CandidateXlsx.title(k, scopes.current(), today));
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(CandidateXlsx.fileName(k, today), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    static CandidateKind kind(String slug) {
        return CandidateKind.fromSlug(slug).orElseThrow(() -> new NotFoundException(
                "Không có danh sách '" + slug + "': chỉ có ready, upgrade và at-risk."));
    }
}
