package ocop.dossier;

/**
 * Where a dossier stands (trạng thái hồ sơ). Labels are message keys {@code dossier.status.<NAME>}: Nháp, Đã nộp,
 * Trả lại bổ sung, Đã nộp bổ sung, Đang đánh giá tại phường, Đã ban hành báo cáo, Đã gửi tỉnh, Được công nhận,
 * Không được công nhận, Đề nghị cấp quốc gia, Đã rút.
 */
public enum DossierStatus {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, WARD_ASSESSMENT, REPORT_ISSUED, SENT_TO_PROVINCE, RECOGNISED,
    NOT_RECOGNISED, PROPOSED_TO_MINISTRY, WITHDRAWN;

    /** Whether the ward's 15-working-day clock runs in this state (received, not yet reported). */
    public boolean wardClockRuns() {
        return this == SUBMITTED || this == RESUBMITTED || this == WARD_ASSESSMENT;
    }

    public boolean isFinal() {
        return this == RECOGNISED || this == NOT_RECOGNISED || this == WITHDRAWN;
    }

    public String labelKey() {
        return "dossier.status." + name();
    }
}
