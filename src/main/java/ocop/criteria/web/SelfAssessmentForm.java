package ocop.criteria.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.criteria.internal.SelfAssessmentInput;
import org.springframework.util.MultiValueMap;

/**
 * Các trường của trang tự đánh giá (the page's form fields): {@code answer.<item>} (a radio group per scorable item),
 * {@code note.<item>} (the evidence note), {@code declared} (the ticked knock-out and disqualification codes) and
 * {@code version}. Read from the raw parameters, as item codes contain dots.
 */
final class SelfAssessmentForm {

    static final String ANSWER = "answer.";
    static final String NOTE = "note.";

    private SelfAssessmentForm() {
    }

    static SelfAssessmentInput read(MultiValueMap<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            String value = values == null || values.isEmpty() ? null : values.get(values.size() - 1);
            if (name.startsWith(ANSWER)) {
                answers.put(name.substring(ANSWER.length()), value);
            } else if (name.startsWith(NOTE)) {
                notes.put(name.substring(NOTE.length()), value);
            }
        });
        List<String> declared = new ArrayList<>(params.getOrDefault("declared", List.of()));
        Integer version = null;
        String v = params.getFirst("version");
        if (v != null && v.matches("\\d{1,9}")) {
            version = Integer.valueOf(v);
        }
        return new SelfAssessmentInput(answers, declared, notes, version);
    }

    /** A DOM id from an item code: 6.1.2 → 6-1-2. */
    static String id(String code) {
        return code.replaceAll("[^A-Za-z0-9]", "-");
    }
}
