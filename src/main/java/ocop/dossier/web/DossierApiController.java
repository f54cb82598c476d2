package ocop.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierForms;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.ResultInput;
import ocop.dossier.internal.DossierReader;
import ocop.dossier.internal.DossierService;
import ocop.dossier.internal.DossierView;
import ocop.dossier.internal.NewDossier;
import ocop.dossier.internal.ResultService;
import ocop.dossier.internal.TransitionService;
import ocop.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of evaluation dossiers (hồ sơ đánh giá, phân hạng): list, open, read, fill Mẫu 02, move, record results. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Hồ sơ OCOP", description = "Hồ sơ đánh giá, phân hạng (Điều 6–7 QĐ 26/2026/QĐ-TTg): Mẫu 01, Mẫu 02, "
        + "minh chứng, chuyển trạng thái, kết quả của tỉnh")
class DossierApiController {

    private final DossierService dossiers;
    private final DossierReader reader;
    private final TransitionService transitions;
    private final ResultService results;

    DossierApiController(DossierService dossiers, DossierReader reader, TransitionService transitions,
                         ResultService results) {
        this.dossiers = dossiers;
        this.reader = reader;
        this.transitions = transitions;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Hồ sơ trong phạm vi của người dùng, lọc theo trạng thái (có thể nhiều) và sản phẩm")
    List<DossierSummary> list(@RequestParam(required = false) List<DossierStatus> status,
                              @RequestParam(required = false) Long product) {
        return dossiers.list(status == null ? List.of() : status, product);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập hồ sơ: sản phẩm, loại (FIRST, UPGRADE, REEVALUATION), năm và đợt đánh giá (mặc định: đợt "
            + "có hạn gửi tỉnh gần nhất)")
    DossierSummary create(@RequestBody NewDossier input) {
        return dossiers.create(input);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem hồ sơ: Mẫu 01 (từ sổ), Mẫu 02, minh chứng, mục còn thiếu, thao tác được phép, lịch sử")
    DossierView get(@PathVariable long id) {
        return reader.view(id);
    }

    @GetMapping("/{id}/forms")
    @Operation(summary = "Nội dung Mẫu 01 và Mẫu 02 theo từng trường (mã trường → nội dung, kèm nhãn)")
    DossierForms forms(@PathVariable long id) {
        return reader.forms(id);
    }

    @PutMapping("/{id}/forms")
    @Operation(summary = "Lưu các trường của Mẫu 02 (chỉ các trường gửi lên; gửi kèm version để không ghi đè thay "
            + "đổi của người khác: 409 khi đã cũ)")
    DossierSummary saveForms(@PathVariable long id, @RequestBody DossierRequests.Forms body) {
        return dossiers.updateForms(id, body.fields(), body.version());
    }

    @PostMapping("/{id}/result")
    @Operation(summary = "Ghi nhận kết quả của tỉnh (hoặc Bộ): điểm, hạng sao, số và ngày quyết định, số và ngày cấp "
            + "giấy chứng nhận; từ 90 điểm: đề nghị cấp quốc gia; dưới 50 hoặc refused=true: không công nhận")
    DossierSummary result(@PathVariable long id, @RequestBody ResultInput input) {
        return results.record(id, input);
    }

    @PostMapping("/{id}/{action}")
    @Operation(summary = "Chuyển trạng thái hồ sơ: submit, return (kèm reasons: [{item, reason}]), resubmit, "
            + "start-assessment, issue-report, send-to-province, withdraw (viết thường, gạch nối; cũng nhận tên hằng)")
    DossierSummary act(@PathVariable long id,
                       @Parameter(description = "submit, return, resubmit, start-assessment, issue-report, "
                               + "send-to-province, withdraw") @PathVariable String action,
                       @RequestBody(required = false) DossierRequests.Action body) {
        DossierAction a = DossierAction.ofSlug(action)
                .orElseThrow(() -> new NotFoundException("Không có thao tác \"" + action + "\" với hồ sơ."));
        DossierRequests.Action b = body == null ? new DossierRequests.Action(null, null, null) : body;
        return transitions.apply(id, a, b.note(), b.reasons(), b.version());
    }
}
