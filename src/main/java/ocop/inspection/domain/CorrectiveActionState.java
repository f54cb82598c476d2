package ocop.inspection.domain;

import java.time.LocalDate;
import ocop.inspection.ActionStatus;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;

/**
 * Vòng đời biện pháp khắc phục (a corrective action's state machine): OPEN → DONE only on a follow-up visit of the
 * same inspection that is still being written (the inspector saw it fixed), OPEN → ESCALATED with a reason (handed to
 * the competent authority). DONE and ESCALATED are final. Overdue (quá hạn) is OPEN past its deadline.
 */
public record CorrectiveActionState(ActionStatus status, LocalDate deadline) {

    /** A follow-up visit as the action sees it. */
    public record FollowUp(boolean followUpOfSameInspection, boolean draft) {
    }

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && deadline.isBefore(today);
    }

    public CorrectiveActionState close(FollowUp visit, String note) {
        requireOpen();
        if (!visit.followUpOfSameInspection()) {
            throw new InvalidInputException("followUpVisitId",
                    "Chỉ xác nhận khắc phục trong một lần kiểm tra lại của cùng cuộc kiểm tra.");
        }
        if (!visit.draft()) {
            throw new InvalidInputException("followUpVisitId", "Lần kiểm tra lại này đã hoàn thành.");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "Ghi nhận kết quả khắc phục đã thấy khi kiểm tra lại.");
        }
        return new CorrectiveActionState(ActionStatus.DONE, deadline);
    }

    public CorrectiveActionState escalate(String note) {
        requireOpen();
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "Nêu lý do chuyển cấp có thẩm quyền xử lý.");
        }
        return new CorrectiveActionState(ActionStatus.ESCALATED, deadline);
    }

    private void requireOpen() {
        if (status != ActionStatus.OPEN) {
            throw new ConflictException("status", "Biện pháp khắc phục này đã " + status.label().toLowerCase() + ".");
        }
    }
}
