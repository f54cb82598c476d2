package ocop.inspection.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.inspection.DraftInput;
import ocop.inspection.FindingInput;
import ocop.inspection.FindingView;
import ocop.inspection.FollowUpInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.StartVisitInput;
import ocop.inspection.SubmitInput;
import ocop.inspection.VisitSummary;
import ocop.inspection.VisitView;
import ocop.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of inspection visits (biên bản kiểm tra): start, read, list a product's, save the phone's draft, add a
 * finding, submit with the outcome, start a follow-up. Photos: {@link InspectionPhotoApiController}.
 */
@RestController
@RequestMapping("/api/v1/inspections/visits")
@Tag(name = "Kiểm tra, giám sát: biên bản", description = "Lần kiểm tra tại cơ sở: phiếu kiểm tra theo mẫu có phiên bản "
        + "và các chỉ tiêu bắt buộc của sản phẩm, lưu nháp từ điện thoại (không mất khi rớt mạng), phát hiện, kết luận "
        + "(duy trì tiêu chí, yêu cầu khắc phục, đề nghị thu hồi theo Điều 8.1), kiểm tra lại")
class InspectionVisitApiController {

    private final InspectionApi inspections;
    private final InspectionApiGuard guard;

    InspectionVisitApiController(InspectionApi inspections, InspectionApiGuard guard) {
        this.inspections = inspections;
        this.guard = guard;
    }

    @PostMapping
    @Operation(summary = "Bắt đầu kiểm tra từ đúng một căn cứ: planItemId (kế hoạch đã phê duyệt), adHocRequestId, "
            + "hoặc productId với reason (và sourceRef); ngày kiểm tra (mặc định hôm nay), người kiểm tra")
    ResponseEntity<VisitView> start(@RequestBody StartVisitInput input) {
        guard.participant();
        VisitView visit = inspections.startVisit(input);
        return InspectionApiGuard.created(visit, "/api/v1/inspections/visits/{id}", visit.id());
    }

    @GetMapping
    @Operation(summary = "Các lần kiểm tra của một sản phẩm, mới nhất trước (chủ thể: chỉ các biên bản đã hoàn thành "
            + "của sản phẩm của mình)")
    List<VisitSummary> ofProduct(@Parameter(description = "Mã sản phẩm") @RequestParam long product) {
        guard.participant();
        return inspections.visitsOfProduct(product);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem biên bản: phiếu kiểm tra theo nhóm với câu trả lời, ảnh, phát hiện và biện pháp khắc phục, "
            + "kết luận; văn bản đề nghị thu hồi (nếu có)")
    VisitView get(@PathVariable long id) {
        guard.participant();
        return inspections.visit(id);
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Lưu nháp các câu trả lời gửi lên (MEETS, NOT_MEETS, NOT_APPLICABLE, null để xóa) với mã bản "
            + "nháp của biểu mẫu (clientDraftId) và số lần lưu (clientVersion): gửi lại cùng cặp này sau khi rớt mạng "
            + "không thay đổi gì; thiết bị khác gửi kèm version đã đọc (409 khi đã cũ)")
    VisitView saveDraft(@PathVariable long id, @RequestBody DraftInput input) {
        guard.participant();
        return inspections.saveDraft(id, input);
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "Ghi một phát hiện: nội dung, mức độ (MINOR, MAJOR, CRITICAL), mục kiểm tra liên quan")
    ResponseEntity<FindingView> addFinding(@PathVariable long id, @RequestBody FindingInput input) {
        guard.participant();
        FindingView finding = inspections.addFinding(id, input);
        return InspectionApiGuard.created(finding, "/api/v1/inspections/visits/{id}/findings/{findingId}", id,
                finding.id());
    }

    @GetMapping("/{id}/findings/{findingId}")
    @Operation(summary = "Xem một phát hiện của biên bản với các biện pháp khắc phục")
    FindingView finding(@PathVariable long id, @PathVariable long findingId) {
        guard.participant();
        return inspections.visit(id).findings().stream().filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy phát hiện."));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Hoàn thành biên bản với kết luận: CRITERIA_MAINTAINED, CORRECTIVE_ACTION_REQUIRED hoặc "
            + "PROPOSE_REVOCATION với căn cứ Điều 8.1 (revocationGround: A, B, C, D, DD, E) — khi đó văn bản đề nghị "
            + "thu hồi gửi UBND tỉnh được soạn sẵn (dự thảo) để lãnh đạo phường ban hành")
    VisitView submit(@PathVariable long id, @RequestBody SubmitInput input) {
        guard.participant();
        return inspections.submit(id, input);
    }

    @PostMapping("/{id}/revocation-proposal")
    @Operation(summary = "Soạn văn bản đề nghị UBND tỉnh thu hồi giấy chứng nhận cho biên bản kết luận "
            + "PROPOSE_REVOCATION khi chưa được soạn lúc hoàn thành (ví dụ cán bộ tỉnh hoàn thành biên bản): 201 và "
            + "Location của văn bản khi vừa soạn, 200 khi đã có (không soạn lần hai); cán bộ Phòng Kinh tế, quản trị")
    ResponseEntity<VisitView> revocationProposal(@PathVariable long id) {
        guard.participant();
        InspectionApi.ProposalResult result = inspections.draftRevocationProposal(id);
        return result.created()
                ? InspectionApiGuard.created(result.visit(), "/api/v1/documents/{id}", result.visit().proposalDocumentId())
                : ResponseEntity.ok(result.visit());
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Bắt đầu kiểm tra lại một biên bản đã hoàn thành (cùng chuỗi kiểm tra, phiếu mới): ngày "
            + "(mặc định hôm nay), người kiểm tra")
    ResponseEntity<VisitView> followUp(@PathVariable long id, @RequestBody(required = false) FollowUpInput input) {
        guard.participant();
        VisitView visit = inspections.startFollowUp(id, input == null ? new FollowUpInput(null, List.of()) : input);
        return InspectionApiGuard.created(visit, "/api/v1/inspections/visits/{id}", visit.id());
    }
}
