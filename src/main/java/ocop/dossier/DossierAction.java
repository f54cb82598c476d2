package ocop.dossier;

/** What can be done to a dossier (thao tác); each is allowed from some states to some roles ({@link Transitions}). */
public enum DossierAction {
    /** Nộp hồ sơ: the producer (or the officer for a household) submits; the ward receives it. */
    SUBMIT,
    /** Trả lại bổ sung: the officer returns it with a reason per missing or faulty item. */
    RETURN,
    /** Nộp bổ sung. */
    RESUBMIT,
    /** Bắt đầu đánh giá tại phường: the officer finds the dossier complete and assesses the four items. */
    START_ASSESSMENT,
    /** Ban hành báo cáo Mẫu 03: the leader issues the ward's report. */
    ISSUE_REPORT,
    /** Gửi tỉnh: the request to the province is issued and the dossier sent. */
    SEND_TO_PROVINCE,
    /** Ghi nhận kết quả: công nhận (3★–4★). */
    RECORD_RECOGNISED,
    /** Ghi nhận kết quả: không được công nhận. */
    RECORD_NOT_RECOGNISED,
    /** Ghi nhận: đạt từ 90 điểm, tỉnh đề nghị Bộ đánh giá 5★. */
    RECORD_PROPOSED_TO_MINISTRY,
    /** Rút hồ sơ: by the producer before it is sent to the province. */
    WITHDRAW;

    public String labelKey() {
        return "dossier.action." + name();
    }
}
