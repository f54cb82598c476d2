package ocop.inspection.web.candidates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ocop.inspection.internal.candidates.PlanSeedRequest;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;

/**
 * The form "Đưa vào kế hoạch kiểm tra" as typed, kept as text so a wrong entry is shown again as it was: the ticked
 * products, {@code target} {@code existing} (a draft plan, {@code planId}) or {@code new} (year, quarter — empty for
 * the whole year — and title), and the day planned (optional; {@code yyyy-MM-dd} from a date field, or dd/MM/yyyy).
 */
public record SeedForm(List<Long> productIds, String target, String planId, String year, String quarter, String title,
        String plannedOn) {

    static final String EXISTING = "existing";
    static final String NEW = "new";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public SeedForm {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    /** The form as first shown: nothing ticked, the first draft plan when there is one, else the new plan offered. */
    static SeedForm offered(PlanSeedRequest.NewPlan proposal, Long firstDraft) {
        return new SeedForm(List.of(), firstDraft == null ? NEW : EXISTING,
                firstDraft == null ? "" : firstDraft.toString(), String.valueOf(proposal.year()),
                proposal.quarter() == null ? "" : proposal.quarter().toString(), proposal.title(), "");
    }

    public boolean selected(long productId) {
        return productIds.contains(productId);
    }

    public boolean existing() {
        return EXISTING.equals(target);
    }

    /** The request, or the fields that could not be read (a word where a number or a day is expected). */
    PlanSeedRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        Long plan = null;
        PlanSeedRequest.NewPlan newPlan = null;
        if (existing()) {
            plan = blank(planId) ? null : number(planId, "planId", "Chọn kế hoạch đang dự thảo.", errors)
                    .map(Integer::longValue).orElse(null);
        } else if (NEW.equals(target)) {
            Integer y = blank(year) ? null : number(year, "newPlan.year", "Nhập năm bằng số, ví dụ 2026.", errors)
                    .orElse(null);
            Integer q = blank(quarter) ? null
                    : number(quarter, "newPlan.quarter", "Chọn quý, hoặc cả năm.", errors).orElse(null);
            newPlan = new PlanSeedRequest.NewPlan(y, q, title);
        }
        LocalDate day = blank(plannedOn) ? null : day(plannedOn.strip(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PlanSeedRequest(productIds, plan, newPlan, day);
    }

    private static Optional<Integer> number(String text, String field, String message,
            List<FieldError> errors) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return Optional.empty();
        }
    }

    private static LocalDate day(String text, List<FieldError> errors) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("plannedOn", "Ngày không đúng, nhập theo dạng ngày/tháng/năm (dd/MM/yyyy)."));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
