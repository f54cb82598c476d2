package ocop.assessment.domain;

import ocop.dossier.WardItem;

/**
 * The opinion of a ward unit on one item of one product (ý kiến của đơn vị), given at the chairman's meeting
 * (Điều 7.2.a): the unit, the person, an optional conclusion code and the text. Recorded by the unit's own account
 * or by the officer on its behalf ({@code recordedBy}).
 */
public record Opinion(long id, long meetingId, long dossierId, WardItem item, String unitName, String author,
                      String conclusion, String text, String recordedBy) {

    /** "Phòng Văn hóa - Xã hội (Phạm Văn Hóa): Đồng ý … — Đạt". */
    public String line(Conclusions conclusions) {
        String who = author == null || author.isBlank() || author.equals(unitName) ? unitName
                : unitName + " (" + author + ")";
        String verdict = conclusion == null ? "" : " — " + conclusions.label(conclusion);
        return who + ": " + text + verdict;
    }
}
