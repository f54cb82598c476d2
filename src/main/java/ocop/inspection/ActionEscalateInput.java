package ocop.inspection;

/** Escalating an action (chuyển cấp có thẩm quyền xử lý): why, and the action's version as read. */
public record ActionEscalateInput(String note, Integer version) {
}
