package ocop.inspection;

import java.util.List;

/**
 * One save of the visit form (lưu nháp) from the phone. The form's session names itself with {@code clientDraftId}
 * (e.g. a UUID) and counts its saves in {@code clientVersion}; a save whose id and count the server has already
 * stored is a resend after a dropped connection and changes nothing. A save from another session must carry the
 * visit's {@code version} as read (409 when stale). Only the answers sent are changed.
 */
public record DraftInput(String clientDraftId, Integer clientVersion, List<AnswerInput> answers, Integer version) {

    /** The answer to one checklist item; {@code answer} null clears it. */
    public record AnswerInput(String itemCode, Answer answer, String note) {
    }
}
