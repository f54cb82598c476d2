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

    /** The action as it appears in URLs: lower case with hyphens, e.g. {@code start-assessment}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Reads an action from a URL segment: kebab case ({@code start-assessment}) or the constant in any case. */
    public static java.util.Optional<DossierAction> ofSlug(String slug) {
        if (slug == null) {
            return java.util.Optional.empty();
        }
        String name = slug.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        for (DossierAction a : values()) {
            if (a.name().equals(name)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether this records the province's (or ministry's) result; those go through {@link DossierApi#recordResult}. */
    public boolean recordsResult() {
        return this == RECORD_RECOGNISED || this == RECORD_NOT_RECOGNISED || this == RECORD_PROPOSED_TO_MINISTRY;
    }
}
