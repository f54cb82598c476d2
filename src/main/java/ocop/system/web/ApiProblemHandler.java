package ocop.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every error of the JSON API as problem+json (RFC 9457) with a Vietnamese {@code detail} and, for bad input,
 * the list of {@code errors} naming each field. Never a 500 for something the caller can fix.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", e.getMessage(), e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList();
        String detail = errors.isEmpty() ? "Dữ liệu không hợp lệ" : errors.get(0).message();
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", detail, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String field = JsonFieldPath.of(e);
        if (field != null) {
            String message = "Giá trị của trường '" + field + "' không đúng kiểu hoặc không thuộc các giá trị cho phép.";
            return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", message, List.of(new FieldError(field, message)));
        }
        String message = "Nội dung yêu cầu không đọc được: kiểm tra định dạng JSON và kiểu của từng trường.";
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", message,
                List.of(new FieldError("body", message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        String message = "Thiếu tham số '" + e.getParameterName() + "'.";
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", message,
                List.of(new FieldError(e.getParameterName(), message)));
    }

    /** Not a multipart request where a file is expected (415), or a multipart body that cannot be read (400). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e, HttpServletRequest request) {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        String message = multipart ? "Nội dung tải lên không đọc được." : "Hãy gửi tệp dạng multipart/form-data.";
        return problem(multipart ? HttpStatus.BAD_REQUEST : HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                multipart ? "Tệp không hợp lệ" : "Định dạng không được hỗ trợ", message,
                List.of(new FieldError("file", message)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        String message = "Giá trị không hợp lệ cho tham số '" + e.getName() + "'.";
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", message,
                List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> upload(Exception e) {
        String message = e instanceof MaxUploadSizeExceededException
                ? "Tệp tải lên vượt quá dung lượng cho phép." : "Thiếu tệp tải lên.";
        return problem(HttpStatus.BAD_REQUEST, "Tệp không hợp lệ", message, List.of(new FieldError("file", message)));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "Bạn không có quyền thực hiện thao tác này.";
        return problem(HttpStatus.FORBIDDEN, "Không có quyền", detail, List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        List<FieldError> errors = e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()));
        return problem(HttpStatus.CONFLICT, "Xung đột dữ liệu", e.getMessage(), errors);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Xung đột dữ liệu",
                "Bản ghi vừa được người khác thay đổi. Hãy tải lại và nhập lại thay đổi của bạn.", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức không được hỗ trợ", e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Định dạng không được hỗ trợ",
                "Hãy gửi dữ liệu dạng application/json.", List.of());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors.stream()
                    .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
