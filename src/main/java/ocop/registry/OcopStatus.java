package ocop.registry;

/** Where a product stands in the programme (tình trạng OCOP). Labels: {@code product.status.<NAME>}. */
public enum OcopStatus {
    /** Ý tưởng sản phẩm. */
    IDEA,
    /** Đang tham gia Chương trình. */
    IN_PROGRAMME,
    /** Đã được công nhận hạng sao. */
    RANKED,
    /** Hết hiệu lực công nhận. */
    EXPIRED,
    /** Đã bị thu hồi giấy chứng nhận. */
    REVOKED;

    public String labelKey() {
        return "product.status." + name();
    }
}
