package ocop.criteria.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.internal.SelfAssessmentFile;
import ocop.criteria.internal.SelfAssessmentInput;
import ocop.criteria.internal.SelfAssessmentService;
import ocop.criteria.internal.SelfAssessmentView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tự đánh giá (a product's self-assessment) over JSON, with the same rules as the page. */
@RestController
@RequestMapping("/api/v1/products/{id}/self-assessment")
@Tag(name = "Tự đánh giá", description = "Phiếu tự đánh giá sản phẩm theo bộ tiêu chí đang hiệu lực: chủ thể cho sản "
        + "phẩm của mình, cán bộ phường thay cho hộ trong phường; người có quyền xem sản phẩm được xem")
class SelfAssessmentApiController {

    /**
     * @param answers  scorable item → option code (unanswered items may be left out in a draft)
     * @param declared knock-out and disqualification codes that apply
     * @param notes    scorable item → evidence note
     * @param status   DRAFT (default) or COMPLETED (every item must be answered)
     * @param version  the version read, to refuse overwriting someone else's change (optional)
     */
    record SaveRequest(Map<String, String> answers, List<String> declared, Map<String, String> notes, String status,
            Integer version) {
    }

    record AssessmentJson(Long id, long productId, String productName, String sheet, int sheetVersion,
            String status, Map<String, String> answers, Set<String> declared, Map<String, String> notes,
            int version, boolean mayWrite, String updatedBy, OffsetDateTime updatedAt, OffsetDateTime completedAt,
            Map<String, List<SelfAssessmentFile>> files, EvaluationJson evaluation) {

        static AssessmentJson of(SelfAssessmentView v) {
            return new AssessmentJson(v.id(), v.product().id(), v.product().name(), v.sheet().code(),
                    v.sheet().version(), v.status(), v.answers(), v.declared(), v.notes(), v.version(), v.mayWrite(),
                    v.updatedBy(), v.updatedAt(), v.completedAt(), v.files(), EvaluationJson.of(v.sheet(),
                            v.evaluation()));
        }
    }

    private final SelfAssessmentService assessments;

    SelfAssessmentApiController(SelfAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @Operation(summary = "Phiếu tự đánh giá của sản phẩm (bản nháp đã lưu hoặc phiếu trống) cùng kết quả chấm")
    AssessmentJson get(@PathVariable long id) {
        return AssessmentJson.of(assessments.open(id));
    }

    @PutMapping
    @Operation(summary = "Lưu phiếu tự đánh giá: bản nháp (được thiếu câu trả lời) hoặc hoàn thành (status COMPLETED)")
    AssessmentJson save(@PathVariable long id, @RequestBody SaveRequest request) {
        boolean complete = "COMPLETED".equalsIgnoreCase(request.status());
        if (request.status() != null && !complete && !"DRAFT".equalsIgnoreCase(request.status())) {
            throw new ocop.system.InvalidInputException("status", "Trạng thái phải là DRAFT hoặc COMPLETED.");
        }
        return AssessmentJson.of(assessments.save(id, new SelfAssessmentInput(request.answers(),
                request.declared() == null ? Set.of() : request.declared(), request.notes(), request.version()),
                complete));
    }
}
