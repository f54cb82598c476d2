package ocop.inspection;

/** A finding as typed (phát hiện): what was found, how serious, the checklist item it concerns (optional). */
public record FindingInput(String itemCode, String text, Severity severity) {
}
