package ocop.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.dossier.domain.FormCatalog;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks and merges typed fields of Mẫu 02 (kiểm tra dữ liệu nhập): only the fields the catalog shows for the dossier's
 * kind and group are kept, text is NFC-normalised and bounded, numbers are whole numbers, dates ISO
 * ({@code yyyy-MM-dd}). Fields not sent keep their value; a blank one clears it.
 */
@Component
class FormEditor {

    static final int MAX_LINE = 1_000;
    static final int MAX_AREA = 10_000;

    private final FormCatalog catalog;

    FormEditor(FormCatalog catalog) {
        this.catalog = catalog;
    }

    Map<String, String> merge(DossierRow row, Map<String, String> input) {
        Map<String, String> out = new LinkedHashMap<>(row.forms());
        List<FieldError> errors = new ArrayList<>();
        for (FormCatalog.Field f : catalog.editable(row.kind(), row.classificationCode())) {
            if (input == null || !input.containsKey(f.code())) {
                continue;
            }
            String value = Texts.clean(input.get(f.code()));
            if (value == null) {
                out.remove(f.code());
                continue;
            }
            String problem = problem(f, value);
            if (problem != null) {
                errors.add(new FieldError(f.code(), problem));
            }
            out.put(f.code(), value);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    private static String problem(FormCatalog.Field f, String value) {
        return switch (f.type()) {
            case TEXT -> value.length() > MAX_LINE ? f.label() + ": dài quá " + MAX_LINE + " ký tự." : null;
            case TEXTAREA -> value.length() > MAX_AREA ? f.label() + ": dài quá " + MAX_AREA + " ký tự." : null;
            case NUMBER -> {
                try {
                    int n = Integer.parseInt(value);
                    yield n < 0 || n > 1_000_000 ? f.label() + ": số không hợp lệ." : null;
                } catch (NumberFormatException e) {
                    yield f.label() + ": nhập một số nguyên.";
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                    yield null;
                } catch (DateTimeParseException e) {
                    yield f.label() + ": ngày không hợp lệ.";
                }
            }
        };
    }
}
