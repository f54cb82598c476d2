package ocop.registry;

/**
 * Kind of producer (loại hình chủ thể OCOP, QĐ 26/2026/QĐ-TTg Điều 2.3) and the legal id each must have.
 * Labels are message keys {@code producer.type.<NAME>}.
 */
public enum ProducerType {
    /** Doanh nghiệp nhỏ và vừa. */
    DOANH_NGHIEP(LegalId.TAX_CODE),
    /** Hợp tác xã. */
    HOP_TAC_XA(LegalId.TAX_CODE),
    /** Tổ hợp tác: identified by its representative's personal id. */
    TO_HOP_TAC(LegalId.PERSONAL_ID),
    /** Trang trại: identified by the owner's personal id. */
    TRANG_TRAI(LegalId.PERSONAL_ID),
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh. */
    HO_KINH_DOANH(LegalId.REGISTRATION_NO),
    /** Hội, hiệp hội, trung tâm điều hành: only for tourism products (Điều 2.3). */
    TO_CHUC_DU_LICH(LegalId.TAX_CODE);

    /** Which legal identifier a producer of this kind must carry. */
    public enum LegalId { TAX_CODE, REGISTRATION_NO, PERSONAL_ID }

    private final LegalId requiredId;

    ProducerType(LegalId requiredId) {
        this.requiredId = requiredId;
    }

    public LegalId requiredId() {
        return requiredId;
    }

    /** Only tourism products (sector VI of Phụ lục I) may belong to an association or operating centre. */
    public boolean onlyTourism() {
        return this == TO_CHUC_DU_LICH;
    }

    public String labelKey() {
        return "producer.type." + name();
    }
}
