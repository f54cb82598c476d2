package ocop.criteria.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.domain.SheetIndex;
import ocop.system.InvalidInputException;

/** Làm sạch phiếu nhập (tidying what was entered on a self-assessment before it is scored or saved). */
final class SelfAssessmentInputs {

    static final int NOTE_MAX = 2000;

    private SelfAssessmentInputs() {
    }

    /** Blank answers dropped, notes trimmed (NFC) and checked: known items, at most {@value #NOTE_MAX} characters. */
    static SelfAssessmentInput clean(CriteriaSheet sheet, SelfAssessmentInput input) {
        SheetIndex index = SheetIndex.of(sheet);
        Map<String, String> answers = new TreeMap<>();
        (input.answers() == null ? Map.<String, String>of() : input.answers()).forEach((item, option) -> {
            if (item != null && option != null && !option.isBlank()) {
                answers.put(item, option.trim());
            }
        });
        Map<String, String> notes = new TreeMap<>();
        (input.notes() == null ? Map.<String, String>of() : input.notes()).forEach((item, note) -> {
            String text = note == null ? "" : Normalizer.normalize(note, Normalizer.Form.NFC).strip();
            if (item == null || text.isEmpty()) {
                return;
            }
            try {
                index.item(item);
            } catch (CriteriaException e) {
                throw new InvalidInputException("notes." + item, e.getMessage());
            }
            if (text.length() > NOTE_MAX) {
                throw new InvalidInputException("notes." + item, "Ghi chú minh chứng của tiêu chí " + item
                        + " dài quá " + NOTE_MAX + " ký tự.");
            }
            notes.put(item, text);
        });
        Collection<String> declared = input.declared() == null ? List.of() : input.declared().stream()
                .filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().sorted().toList();
        return new SelfAssessmentInput(answers, declared, notes, input.version());
    }

}
