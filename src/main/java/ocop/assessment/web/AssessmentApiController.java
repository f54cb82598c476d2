package ocop.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ocop.assessment.internal.AssessmentService;
import ocop.assessment.internal.AssessmentView;
import ocop.assessment.internal.ReportService;
import ocop.documents.DocumentView;
import ocop.documents.IssuedDocument;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the ward's assessment of a dossier (đánh giá tại cấp xã) and its Mẫu 03 report. */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@Tag(name = "Đánh giá tại cấp xã", description = "Bốn nội dung UBND phường nhận xét, kết luận (không chấm điểm) theo "
        + "Điều 7.2 Quyết định 26/2026/QĐ-TTg và báo cáo Mẫu 03")
class AssessmentApiController {

    private final AssessmentService assessments;
    private final ReportService reports;

    AssessmentApiController(AssessmentService assessments, ReportService reports) {
        this.assessments = assessments;
        this.reports = reports;
    }

    @GetMapping("/assessment")
    @Operation(summary = "Bốn nội dung: mô tả và tự đánh giá của chủ thể bên cạnh nhận xét, minh chứng, kết luận của "
            + "phường; số ngày làm việc còn lại; báo cáo Mẫu 03 nếu đã soạn")
    AssessmentView get(@PathVariable long id) {
        return assessments.view(id);
    }

    @PutMapping("/assessment")
    @Operation(summary = "Ghi nhận xét, minh chứng và kết luận (cán bộ Phòng Kinh tế, khi hồ sơ đang đánh giá tại "
            + "phường); gửi kèm version đã đọc, sai version trả 409")
    AssessmentView put(@PathVariable long id, @RequestBody AssessmentService.Input input) {
        return assessments.save(id, input);
    }

    @PostMapping("/report")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Soạn (hoặc soạn lại) dự thảo báo cáo theo Mẫu 03 từ đánh giá đã đủ bốn nội dung")
    DocumentView draftReport(@PathVariable long id) {
        return reports.draft(id);
    }

    @PostMapping("/report/issue")
    @Operation(summary = "Ban hành báo cáo Mẫu 03 (lãnh đạo UBND phường); hồ sơ chuyển sang «Đã ban hành báo cáo». "
            + "Ban hành qua POST /api/v1/documents/{documentId}/issue cũng chuyển hồ sơ")
    IssuedDocument issueReport(@PathVariable long id) {
        return reports.issue(id);
    }
}
