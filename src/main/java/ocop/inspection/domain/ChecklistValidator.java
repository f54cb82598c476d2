package ocop.inspection.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Kiểm tra mẫu phiếu (validation of a checklist template): every error, each naming the file, never only the first.
 * Codes: {@code [A-Z0-9.-]}, unique among sections and among items; names and texts present; exactly one generated
 * section ({@link ChecklistTemplate#CRITERIA_MINIMUMS}) and it has no items; every other section has items; a quality
 * system is one the registry knows.
 */
public final class ChecklistValidator {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{0,19}");

    private ChecklistValidator() {
    }

    public static List<String> validate(ChecklistTemplate t, String origin, Set<String> qualitySystems) {
        List<String> errors = new ArrayList<>();
        if (t.code() == null || !CODE.matcher(t.code()).matches()) {
            errors.add(origin + ": mã mẫu phiếu không hợp lệ: " + t.code());
        }
        if (t.version() < 1) {
            errors.add(origin + ": phiên bản phải từ 1 trở lên");
        }
        if (blank(t.name())) {
            errors.add(origin + ": thiếu tên mẫu phiếu");
        }
        if (t.effectiveFrom() == null) {
            errors.add(origin + ": thiếu ngày áp dụng (effectiveFrom)");
        }
        if (t.sections() == null || t.sections().isEmpty()) {
            errors.add(origin + ": mẫu phiếu không có nhóm nội dung nào");
            return errors;
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        int generated = 0;
        for (ChecklistTemplate.Section s : t.sections()) {
            String where = origin + ", nhóm " + s.code();
            if (s.code() == null || !CODE.matcher(s.code()).matches()) {
                errors.add(where + ": mã nhóm không hợp lệ");
            } else if (!sectionCodes.add(s.code())) {
                errors.add(where + ": trùng mã nhóm");
            }
            if (blank(s.name())) {
                errors.add(where + ": thiếu tên nhóm");
            }
            List<ChecklistTemplate.Item> items = s.items() == null ? List.of() : s.items();
            if (s.generated() != null) {
                if (!ChecklistTemplate.CRITERIA_MINIMUMS.equals(s.generated())) {
                    errors.add(where + ": kiểu sinh tự động không hỗ trợ: " + s.generated());
                }
                generated++;
                if (!items.isEmpty()) {
                    errors.add(where + ": nhóm sinh tự động từ bộ tiêu chí không được có mục riêng");
                }
            } else if (items.isEmpty()) {
                errors.add(where + ": nhóm không có mục kiểm tra nào");
            }
            for (ChecklistTemplate.Item i : items) {
                String at = where + ", mục " + i.code();
                if (i.code() == null || !CODE.matcher(i.code()).matches()) {
                    errors.add(at + ": mã mục không hợp lệ");
                } else if (i.code().startsWith(MandatoryCriteria.PREFIX)) {
                    errors.add(at + ": mã mục không được bắt đầu bằng " + MandatoryCriteria.PREFIX);
                } else if (!itemCodes.add(i.code())) {
                    errors.add(at + ": trùng mã mục");
                }
                if (blank(i.text())) {
                    errors.add(at + ": thiếu nội dung kiểm tra");
                }
                if (i.qualitySystem() != null && !qualitySystems.contains(i.qualitySystem())) {
                    errors.add(at + ": hệ thống chất lượng không xác định: " + i.qualitySystem());
                }
            }
        }
        if (generated != 1) {
            errors.add(origin + ": cần đúng một nhóm tiêu chí bắt buộc sinh từ bộ tiêu chí (generated = "
                    + ChecklistTemplate.CRITERIA_MINIMUMS + "), có " + generated);
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
