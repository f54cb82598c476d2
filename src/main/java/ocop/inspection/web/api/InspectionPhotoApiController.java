package ocop.inspection.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import ocop.inspection.InspectionApi;
import ocop.inspection.PhotoFile;
import ocop.inspection.PhotoInput;
import ocop.inspection.VisitView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of the photos of a visit (ảnh hiện trường): upload from the phone's camera with its position, read back. */
@RestController
@Tag(name = "Kiểm tra, giám sát: ảnh hiện trường", description = "Ảnh chụp tại cơ sở (JPEG, PNG, WebP; kiểu đọc từ nội "
        + "dung tệp), kèm vị trí trình duyệt cung cấp khi người kiểm tra cho phép và thời điểm chụp")
class InspectionPhotoApiController {

    private final InspectionApi inspections;
    private final InspectionApiGuard guard;

    InspectionPhotoApiController(InspectionApi inspections, InspectionApiGuard guard) {
        this.inspections = inspections;
        this.guard = guard;
    }

    @PostMapping("/api/v1/inspections/visits/{id}/photos")
    @Operation(summary = "Tải ảnh lên biên bản đang ghi (multipart): file, itemCode (mục kiểm tra, tùy chọn), latitude "
            + "và longitude (độ), accuracy (mét), takenAt (ISO 8601 có múi giờ)")
    ResponseEntity<VisitView.Photo> upload(
            @PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String itemCode,
            @Parameter(description = "Vĩ độ (-90..90)") @RequestParam(required = false) BigDecimal latitude,
            @Parameter(description = "Kinh độ (-180..180)") @RequestParam(required = false) BigDecimal longitude,
            @Parameter(description = "Độ chính xác của vị trí, mét") @RequestParam(required = false)
            BigDecimal accuracy,
            @Parameter(description = "Thời điểm chụp, ví dụ 2026-12-01T09:30:00+07:00") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime takenAt) {
        guard.participant();
        VisitView.Photo photo = inspections.addPhoto(id, new PhotoInput(file.getOriginalFilename(), bytes(file),
                itemCode, latitude, longitude, accuracy, takenAt));
        return InspectionApiGuard.created(photo, "/api/v1/inspections/visits/{id}/photos/{photoId}", id, photo.id());
    }

    @GetMapping("/api/v1/inspections/visits/{id}/photos/{photoId}")
    @Operation(summary = "Tải về một ảnh của biên bản")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        guard.participant();
        PhotoFile file = inspections.photo(id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(file.bytes());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
