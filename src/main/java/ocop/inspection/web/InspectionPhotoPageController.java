package ocop.inspection.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import ocop.inspection.InspectionApi;
import ocop.inspection.PhotoFile;
import ocop.inspection.PhotoInput;
import ocop.inspection.VisitView;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ảnh hiện trường: a photo from the phone's camera with the position the browser gave (when the inspector allowed
 * it; without one otherwise), sent by the page's script (JSON answer) or by the plain form (back to the page), and
 * the photos shown on the visit page.
 */
@Controller
@RequestMapping("/inspections/visits/{id}/photos")
class InspectionPhotoPageController {

    private final InspectionApi api;

    InspectionPhotoPageController(InspectionApi api) {
        this.api = api;
    }

    /** The upload sent by the page's script: JSON, so the page can say what went wrong and keep the file. */
    @PostMapping(headers = "X-Requested-With=fetch", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> uploadFromScript(@PathVariable long id,
                                                         @RequestParam(required = false) MultipartFile file,
                                                         @RequestParam Map<String, String> fields) {
        try {
            VisitView.Photo photo = api.addPhoto(id, input(file, fields));
            return ResponseEntity.ok(Map.of("id", photo.id(), "located", photo.latitude() != null));
        } catch (InvalidInputException e) {
            return InspectionDraftPageController.error(400, e.getMessage(), e.errors());
        } catch (ConflictException e) {
            return InspectionDraftPageController.error(409, e.getMessage(), List.of());
        } catch (ForbiddenException e) {
            return InspectionDraftPageController.error(403, e.getMessage(), List.of());
        } catch (NotFoundException e) {
            return InspectionDraftPageController.error(404, e.getMessage(), List.of());
        }
    }

    /** The same upload from the plain form (no script): back to the photos of the page. */
    @PostMapping
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        try {
            api.addPhoto(id, input(file, fields));
            redirect.addFlashAttribute("flash", "Đã lưu ảnh hiện trường.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/inspections/visits/" + id + "#photos";
    }

    @GetMapping("/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        PhotoFile file = api.photo(id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(file.bytes());
    }

    private static PhotoInput input(MultipartFile file, Map<String, String> fields) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "Chọn hoặc chụp một ảnh.");
        }
        try {
            return new PhotoInput(file.getOriginalFilename(), file.getBytes(), blankToNull(fields.get("itemCode")),
                    number(fields, "latitude"), number(fields, "longitude"), number(fields, "accuracy"),
                    time(fields.get("takenAt")), clientPhotoId(fields.get("clientPhotoId")));
        } catch (IOException e) {
            throw new InvalidInputException("file", "Không đọc được ảnh tải lên. Hãy thử lại.");
        }
    }

    private static BigDecimal number(Map<String, String> fields, String name) {
        String value = blankToNull(fields.get(name));
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldError(name, "Vị trí không đúng định dạng số.")));
        }
    }

    /** When the photo was taken, as the browser says (ISO-8601); ignored when unreadable. */
    private static OffsetDateTime time(String value) {
        try {
            return value == null || value.isBlank() ? null : OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The phone's id of a photo that waited for a connection (a UUID); anything else is ignored. */
    private static String clientPhotoId(String value) {
        String id = blankToNull(value);
        return id != null && id.length() <= 64 ? id : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
