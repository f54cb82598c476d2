package ocop.inspection.domain;

import java.util.ArrayList;
import java.util.List;
import ocop.certification.Article8Ground;
import ocop.inspection.ActionStatus;
import ocop.inspection.Answer;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.Severity;
import ocop.system.FieldError;

/**
 * Điều kiện kết luận kiểm tra (what a visit needs before it is submitted with its outcome):
 * <ul>
 *   <li>every checklist item is answered, and a NOT_MEETS answer has a note or a finding on that item;</li>
 *   <li>PROPOSE_REVOCATION names a ground of Điều 8.1 and says why; a ground only with that outcome;</li>
 *   <li>CRITERIA_MAINTAINED is impossible while a MAJOR or CRITICAL finding of the inspection (this visit or an
 *       earlier one of its chain) has an action not done — escalated counts as not done;</li>
 *   <li>CORRECTIVE_ACTION_REQUIRED needs at least one open action in the inspection.</li>
 * </ul>
 */
public final class OutcomeRules {

    /** A checklist item as answered; {@code hasFinding}: a finding of this visit names the item. */
    public record AnsweredItem(String code, Answer answer, String note, boolean hasFinding) {
    }

    /** An action of the inspection chain with the severity of its finding. */
    public record ChainAction(Severity severity, ActionStatus status) {
    }

    private OutcomeRules() {
    }

    public static List<FieldError> check(InspectionOutcome outcome, Article8Ground ground, String conclusion,
                                         List<AnsweredItem> items, List<ChainAction> actions) {
        List<FieldError> errors = new ArrayList<>();
        for (AnsweredItem item : items) {
            String field = "answers[" + item.code() + "]";
            if (item.answer() == null) {
                errors.add(new FieldError(field, "Chưa đánh giá mục " + item.code() + "."));
            } else if (item.answer() == Answer.NOT_MEETS && blank(item.note()) && !item.hasFinding()) {
                errors.add(new FieldError(field, "Mục " + item.code()
                        + " không đạt: cần ghi chú hoặc ghi một phát hiện cho mục này."));
            }
        }
        if (outcome == null) {
            errors.add(new FieldError("outcome", "Chọn kết luận kiểm tra."));
            return errors;
        }
        switch (outcome) {
            case PROPOSE_REVOCATION -> {
                if (ground == null) {
                    errors.add(new FieldError("revocationGround",
                            "Đề nghị thu hồi phải nêu một căn cứ theo khoản 1 Điều 8."));
                }
                if (blank(conclusion)) {
                    errors.add(new FieldError("conclusion", "Nêu rõ lý do đề nghị thu hồi giấy chứng nhận."));
                }
            }
            case CRITERIA_MAINTAINED -> {
                if (actions.stream().anyMatch(a -> a.severity().serious() && a.status() != ActionStatus.DONE)) {
                    errors.add(new FieldError("outcome", "Chưa thể kết luận sản phẩm duy trì tiêu chí khi còn phát "
                            + "hiện nghiêm trọng chưa khắc phục xong."));
                }
            }
            case CORRECTIVE_ACTION_REQUIRED -> {
                if (actions.stream().noneMatch(a -> a.status() == ActionStatus.OPEN)) {
                    errors.add(new FieldError("outcome",
                            "Yêu cầu khắc phục cần ít nhất một biện pháp khắc phục đang thực hiện."));
                }
            }
        }
        if (ground != null && outcome != InspectionOutcome.PROPOSE_REVOCATION) {
            errors.add(new FieldError("revocationGround", "Chỉ nêu căn cứ thu hồi khi kết luận đề nghị thu hồi."));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
