package ocop.inspection;

/**
 * Closing an action on a follow-up visit (xác nhận đã khắc phục): the follow-up visit (a draft of the same inspection),
 * what was seen, and the action's version as read.
 */
public record ActionCloseInput(Long followUpVisitId, String note, Integer version) {
}
