package ocop.inspection.web;

/** Closing (xác nhận đã khắc phục) or escalating an action: what was seen or why, and the action's version. */
record ActionNoteForm(String note, Integer version) {
}
