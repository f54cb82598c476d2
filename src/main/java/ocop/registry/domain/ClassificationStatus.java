package ocop.registry.domain;

/** Tình trạng một phiên bản phân loại: chính thức (đang áp dụng) hay lịch sử (chỉ để tra cứu, chuyển đổi). */
public enum ClassificationStatus {
    /** Chính thức: transcribed from the decision in force; every leaf has its criteria sheet. */
    OFFICIAL,
    /** Lịch sử: a past classification, possibly rebuilt from secondary sources; for history and migration. */
    HISTORICAL
}
