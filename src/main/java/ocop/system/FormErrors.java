package ocop.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * Field errors of an HTML form, field name → Vietnamese message, for the form fragment to show under each field
 * and in the summary at the top. Binding errors (a word typed into a number field) come first.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (binding != null) {
            binding.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), message(f.getCode())));
        }
        return errors;
    }

    public static Map<String, String> of(List<FieldError> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        fieldErrors.forEach(f -> errors.putIfAbsent(f.field() == null ? "_form" : f.field(), f.message()));
        return errors;
    }

    public static Map<String, String> none() {
        return Map.of();
    }

    private static String message(String code) {
        return "typeMismatch".equals(code) ? "Giá trị không đúng định dạng." : "Giá trị không hợp lệ.";
    }
}
