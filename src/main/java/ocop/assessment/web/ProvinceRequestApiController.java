package ocop.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import ocop.assessment.internal.ProvinceRequestService;
import ocop.assessment.internal.ProvinceRequestView;
import ocop.documents.IssuedDocument;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the ward's requests to the province (văn bản đề nghị đánh giá, phân hạng gửi UBND tỉnh). */
@RestController
@RequestMapping("/api/v1/province-requests")
@Tag(name = "Văn bản đề nghị gửi tỉnh", description = "Công văn hoặc tờ trình (theo thiết lập) đề nghị UBND tỉnh đánh "
        + "giá, phân hạng các sản phẩm đã có báo cáo Mẫu 03 (Điều 7.2.b Quyết định 26/2026/QĐ-TTg)")
class ProvinceRequestApiController {

    private final ProvinceRequestService requests;

    ProvinceRequestApiController(ProvinceRequestService requests) {
        this.requests = requests;
    }

    /** The dossiers to list in a new request. */
    record NewRequest(List<Long> dossierIds) {
    }

    @GetMapping
    @Operation(summary = "Các văn bản đề nghị của phường, mới nhất trước")
    List<ProvinceRequestView> list() {
        return requests.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Soạn văn bản đề nghị (cán bộ Phòng Kinh tế) cho một hoặc nhiều hồ sơ đã ban hành báo "
            + "cáo Mẫu 03")
    ProvinceRequestView create(@RequestBody NewRequest input) {
        return requests.create(input.dossierIds());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một văn bản đề nghị và tình trạng các hồ sơ")
    ProvinceRequestView get(@PathVariable long id) {
        return requests.view(id);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Ban hành văn bản đề nghị (lãnh đạo UBND phường); các hồ sơ chuyển sang «Đã gửi tỉnh». Ban "
            + "hành qua POST /api/v1/documents/{documentId}/issue cũng chuyển hồ sơ")
    IssuedDocument issue(@PathVariable long id) {
        return requests.issue(id);
    }
}
