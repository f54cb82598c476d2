package ocop.certification.web;

import ocop.certification.internal.notice.RenewalNotices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import ocop.certification.CertificateStatus;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.certification.CessationInput;
import ocop.certification.RevocationInput;
import ocop.certification.internal.Renewals;
import ocop.certification.internal.RevocationProposals;
import ocop.documents.DocumentView;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierSummary;
import ocop.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of OCOP certificates (giấy chứng nhận), scoped like the registry, and their QR codes. */
@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "Chứng nhận OCOP", description = "Giấy chứng nhận sản phẩm OCOP: số, hạng sao, điểm, quyết định công nhận, "
        + "ngày cấp, thời hạn hiệu lực 36 tháng (Điều 4.3) và tình trạng hôm nay (Điều 7.6, 8, 12 Quyết định "
        + "26/2026/QĐ-TTg)")
class CertificateApiController {

    private final CertificationApi certification;
    private final Renewals renewals;
    private final RenewalNotices notices;
    private final RevocationProposals proposals;

    CertificateApiController(CertificationApi certification, Renewals renewals, RenewalNotices notices,
                             RevocationProposals proposals) {
        this.proposals = proposals;
        this.certification = certification;
        this.renewals = renewals;
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "Danh sách giấy chứng nhận trong phạm vi của người dùng, mới cấp trước; lọc theo sản phẩm, "
            + "tình trạng và hạn hiệu lực")
    List<CertificateView> list(@Parameter(description = "Mã sản phẩm") @RequestParam(required = false) Long product,
                               @Parameter(description = "Tình trạng hôm nay") @RequestParam(required = false)
                               CertificateStatus status,
                               @Parameter(description = "Hiệu lực đến trước hoặc đúng ngày (yyyy-MM-dd)")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate expiringBefore,
                               @Parameter(description = "Chỉ giấy chứng nhận trong hoặc sắp đến thời hạn đánh giá lại "
                                       + "(có thể đưa vào thông báo)") @RequestParam(defaultValue = "false")
                               boolean renewalDue) {
        List<CertificateView> all = product == null
                ? certification.certificates(status, expiringBefore)
                : certification.certificates(product).stream()
                        .filter(c -> status == null || c.status() == status)
                        .filter(c -> expiringBefore == null || !c.validUntil().isAfter(expiringBefore)).toList();
        return renewalDue ? all.stream().filter(CertificateView::renewalNoticeDue).toList() : all;
    }

    @PostMapping("/renewal-notice")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Soạn dự thảo thông báo (TB, mặc định) hoặc công văn (CV) về việc nộp hồ sơ đánh giá, phân hạng "
            + "lại cho các giấy chứng nhận trong hoặc sắp đến thời hạn (Điều 7.6.a); trả về dự thảo văn bản để lãnh đạo "
            + "ban hành. 400 khi danh sách rỗng hoặc giấy chứng nhận không thuộc diện, 404 ngoài phạm vi, 409 khi giấy "
            + "chứng nhận đã có trong thông báo khác chưa bị thay thế")
    DocumentView renewalNotice(@RequestBody RenewalNoticeRequest request) {
        return notices.draft(request.certificateIds(), request.type(), request.replaces());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem một giấy chứng nhận (số, tình trạng, hiệu lực đến, địa chỉ tra cứu công khai, thông báo "
            + "đánh giá lại, đề nghị thu hồi của UBND phường với hạn quyết định)")
    CertificateView get(@PathVariable long id) {
        return certification.certificate(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Ghi nhận quyết định thu hồi giấy chứng nhận (Điều 8): căn cứ (a–e, đ), cơ quan quyết định "
            + "(PROVINCE cho 3–4 sao, MINISTRY cho 5 sao), số và ngày quyết định; cán bộ phường, cán bộ tỉnh, quản trị")
    CertificateView revoke(@PathVariable long id, @RequestBody RevocationInput input) {
        return certification.revoke(id, input);
    }

    @PostMapping("/{id}/cessation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Xác nhận chủ thể không còn sản xuất sản phẩm và đề nghị thu hồi giấy chứng nhận (Điều 8.1.đ, "
            + "8.4): ngày dừng sản xuất (stoppedOn, yyyy-MM-dd, không sau hôm nay, không trước ngày cấp), cách thức xác "
            + "minh (verifiedHow), ghi chú (note); soạn dự thảo công văn gửi cơ quan OCOP của tỉnh để lãnh đạo UBND phường "
            + "ban hành, trả về đề nghị với mã dự thảo (documentId). Cán bộ Phòng Kinh tế; 400 nêu trường sai, 403 vai "
            + "trò khác, 404 ngoài phạm vi, 409 khi giấy chứng nhận không còn hiệu lực (đã thu hồi, hết hiệu lực, đã "
            + "thay thế) hoặc đã có đề nghị đang mở")
    CertificateView.RevocationProposal cessation(@PathVariable long id,
                                                 @RequestBody(required = false) CessationInput input) {
        return proposals.confirm(id, input);
    }

    @PostMapping("/{id}/reevaluation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở hồ sơ đánh giá, phân hạng lại (REEVALUATION) từ giấy chứng nhận trong thời hạn đánh giá lại, "
            + "sắp hết hạn, gia hạn theo Điều 12.3 hoặc đã hết hiệu lực; dùng lại minh chứng còn hiệu lực; 409 khi đã có "
            + "hồ sơ đang mở")
    DossierSummary reevaluation(@PathVariable long id) {
        return renewals.open(id, DossierKind.REEVALUATION);
    }

    @PostMapping("/{id}/upgrade")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đề nghị nâng hạng (UPGRADE) từ giấy chứng nhận còn hiệu lực dưới 5 sao; 409 khi đã có hồ sơ "
            + "đang mở")
    DossierSummary upgrade(@PathVariable long id) {
        return renewals.open(id, DossierKind.UPGRADE);
    }

    @GetMapping("/{id}/renewal")
    @Operation(summary = "Đánh giá lại/nâng hạng: thao tác được phép, hồ sơ đang mở, ngày hội đồng dự kiến, minh chứng "
            + "của hồ sơ trước cần thay thế (hết hạn trước ngày hội đồng) và khoảng cách lên hạng (upgradeGap: hạng "
            + "tiếp theo, điểm còn thiếu, yêu cầu tối thiểu chưa đạt, phương án nâng ít nhất theo phiếu tự đánh giá "
            + "mới nhất; null khi giấy chứng nhận không còn hiệu lực)")
    Renewals.RenewalView renewal(@PathVariable long id) {
        return renewals.view(get(id));
    }

    @GetMapping(value = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Mã QR (PNG) dẫn tới trang tra cứu công khai của giấy chứng nhận")
    ResponseEntity<byte[]> qrPng(@PathVariable long id,
                                 @RequestParam(defaultValue = "400") int size) {
        String url = get(id).verifyUrl();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                .body(QrCodes.png(url, Math.max(120, Math.min(size, 1200))));
    }

    @GetMapping(value = "/{id}/qr.svg", produces = "image/svg+xml")
    @Operation(summary = "Mã QR (SVG) dẫn tới trang tra cứu công khai của giấy chứng nhận")
    ResponseEntity<String> qrSvg(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noCache()).body(QrCodes.svg(get(id).verifyUrl()));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Không tìm thấy giấy chứng nhận " + id + ".");
    }
}
