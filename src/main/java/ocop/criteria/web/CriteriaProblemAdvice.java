package ocop.criteria.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import ocop.criteria.CriteriaException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A {@link CriteriaException} from the criteria API (an unknown sheet, item, option or knock-out code, a malformed or
 * invalid sheet) as 400 problem+json naming the field; an invalid sheet lists every error.
 */
@RestControllerAdvice(assignableTypes = {ScoringApiController.class, CriteriaSheetApiController.class,
        SelfAssessmentApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CriteriaProblemAdvice {

    @ExceptionHandler(CriteriaException.class)
    ResponseEntity<ProblemDetail> criteria(CriteriaException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        body.setTitle("Dữ liệu không hợp lệ");
        body.setType(URI.create("about:blank"));
        body.setProperty("code", e.code());
        String field = e.field() == null ? "" : e.field();
        List<String> messages = e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors();
        body.setProperty("errors", messages.stream().map(m -> Map.of("field", field, "message", m)).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
