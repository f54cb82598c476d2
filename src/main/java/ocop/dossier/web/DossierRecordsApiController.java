package ocop.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import ocop.dossier.DossierEvidence;
import ocop.dossier.internal.DashboardService;
import ocop.dossier.internal.Dashboards;
import ocop.dossier.internal.EvidenceService;
import ocop.dossier.internal.SnapshotService;
import ocop.dossier.internal.VersionInfo;
import ocop.dossier.domain.DossierSnapshot;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of a dossier's records: evidence (upload, download, remove), submitted versions and their diff, dashboards. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Hồ sơ OCOP")
class DossierRecordsApiController {

    private final EvidenceService evidence;
    private final SnapshotService snapshots;
    private final DashboardService dashboards;

    DossierRecordsApiController(EvidenceService evidence, SnapshotService snapshots, DashboardService dashboards) {
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Bảng điều khiển của phường: hồ sơ theo trạng thái, chờ ai xử lý, số ngày làm việc còn lại, "
            + "hạn gửi tỉnh gần nhất")
    Dashboards.Officer dashboard() {
        return dashboards.officer();
    }

    @GetMapping("/mine")
    @Operation(summary = "Bảng điều khiển của chủ thể: hồ sơ của tôi và việc cần làm")
    Dashboards.Producer mine() {
        return dashboards.producer();
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "Tài liệu minh chứng của hồ sơ")
    List<DossierEvidence> evidence(@PathVariable long id) {
        return evidence.list(id);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tải minh chứng lên (PDF, JPEG, PNG, WebP, DOCX, XLSX; kiểm tra theo nội dung tệp): phần 'file', "
            + "mục 'itemCode' (E01…E15), nơi cấp, số, ngày cấp, ngày hết hạn")
    DossierEvidence upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
                           @RequestParam String itemCode, @RequestParam(required = false) String issuer,
                           @RequestParam(required = false) String number,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn)
            throws IOException {
        return evidence.upload(id, new EvidenceService.Upload(itemCode, file.getOriginalFilename(), file.getBytes(),
                issuer, number, issuedOn, expiresOn));
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @Operation(summary = "Tải tệp minh chứng về")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        return Downloads.of(evidence.file(id, evidenceId));
    }

    @DeleteMapping("/{id}/evidence/{evidenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Gỡ một minh chứng (khi hồ sơ còn là nháp hoặc được trả lại)")
    void remove(@PathVariable long id, @PathVariable long evidenceId) {
        evidence.remove(id, evidenceId);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Các lần nộp của hồ sơ")
    List<VersionInfo> versions(@PathVariable long id) {
        return snapshots.list(id);
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "Bản chụp của một lần nộp: mọi trường và minh chứng")
    DossierSnapshot version(@PathVariable long id, @PathVariable int number) {
        return snapshots.snapshot(id, number);
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "So sánh hai lần nộp (mặc định: hai lần gần nhất): trường thay đổi, minh chứng thêm và bớt")
    SnapshotService.Comparison diff(@PathVariable long id, @RequestParam(required = false) Integer from,
                                    @RequestParam(required = false) Integer to) {
        return snapshots.compare(id, from, to);
    }
}
