package ocop.criteria;

/** Cấp công nhận (who recognises a class): 3★ and 4★ the province, 5★ the ministry; 1★–2★ are not recognised. */
public enum Recognition {
    /** Không công nhận: 1★, 2★, or not classed. */
    NONE,
    /** UBND cấp tỉnh: 3★ and 4★. */
    PROVINCE,
    /** Bộ (Bộ Nông nghiệp và Môi trường): 5★. */
    MINISTRY
}
