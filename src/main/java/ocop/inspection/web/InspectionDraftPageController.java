package ocop.inspection.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.inspection.DraftInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.VisitView;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Lưu nháp from the visit page's script (static/js/inspection-visit.js): the form's answers as JSON, idempotent by
 * the page's draft id and save count ({@link InspectionApi#saveDraft}). Answers JSON for the script, never a page:
 * {@code {version, clientDraftId, clientDraftVersion}}, or {@code {message, errors}} with 400, 403, 404 or 409.
 * A page endpoint in the session's CSRF protection, not the public API ({@code /api/v1/inspections}).
 */
@Controller
class InspectionDraftPageController {

    private final InspectionApi api;

    InspectionDraftPageController(InspectionApi api) {
        this.api = api;
    }

    @PostMapping(path = "/inspections/visits/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> save(@PathVariable long id, @RequestBody DraftInput input) {
        try {
            VisitView v = api.saveDraft(id, input);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", v.version());
            body.put("clientDraftId", v.clientDraftId());
            body.put("clientDraftVersion", v.clientDraftVersion());
            return ResponseEntity.ok(body);
        } catch (InvalidInputException e) {
            return error(400, e.getMessage(), e.errors());
        } catch (ConflictException e) {
            return error(409, e.getMessage(), List.of());
        } catch (ForbiddenException e) {
            return error(403, e.getMessage(), List.of());
        } catch (NotFoundException e) {
            return error(404, e.getMessage(), List.of());
        }
    }

    static ResponseEntity<Map<String, Object>> error(int status, String message, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
