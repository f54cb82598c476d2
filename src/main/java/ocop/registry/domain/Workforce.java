package ocop.registry.domain;

import ocop.registry.ProducerInput;
import java.util.List;
import ocop.system.FieldError;

/** Workforce figures (lao động): total, local, women, ethnic minority — none negative, none above the total. */
final class Workforce {

    private Workforce() {
    }

    static void check(ProducerInput in, List<FieldError> errors) {
        nonNegative("workforceTotal", in.workforceTotal(), errors);
        nonNegative("workforceLocal", in.workforceLocal(), errors);
        nonNegative("workforceWomen", in.workforceWomen(), errors);
        nonNegative("workforceEthnic", in.workforceEthnic(), errors);
        Integer total = in.workforceTotal();
        if (total == null) {
            return;
        }
        notAbove("workforceLocal", in.workforceLocal(), total, "lao động địa phương", errors);
        notAbove("workforceWomen", in.workforceWomen(), total, "lao động nữ", errors);
        notAbove("workforceEthnic", in.workforceEthnic(), total, "lao động người dân tộc thiểu số", errors);
    }

    private static void nonNegative(String field, Integer value, List<FieldError> errors) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, "Số lao động không được âm."));
        }
    }

    private static void notAbove(String field, Integer value, int total, String what, List<FieldError> errors) {
        if (value != null && value >= 0 && value > total) {
            errors.add(new FieldError(field, "Số " + what + " không được lớn hơn tổng số lao động."));
        }
    }
}
