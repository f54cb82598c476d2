package ocop.certification.internal.notice;

import java.time.LocalDate;

/**
 * A row of {@code certification.renewal_notice} (thông báo đánh giá lại): its document, TB or CV, state
 * ({@code DRAFT}, {@code ISSUED}, {@code REPLACED}, or {@code DISCARDED} when its draft was thrown away), and once
 * issued the number and date as printed.
 */
public record RenewalNoticeRow(long id, long documentId, String unitCode, String type, String state, Long replacesNoticeId,
                        String numberText, LocalDate issuedOn, String createdBy) {

    public boolean issued() {
        return "ISSUED".equals(state);
    }

    boolean draft() {
        return "DRAFT".equals(state);
    }
}
