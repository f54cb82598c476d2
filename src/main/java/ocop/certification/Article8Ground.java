package ocop.certification;

/**
 * Căn cứ thu hồi giấy chứng nhận (the six revocation grounds of QĐ 26/2026/QĐ-TTg Điều 8.1) as other modules name
 * them, e.g. an inspection that proposes a revocation. The letter ({@link #letter()}) is how the decision cites it;
 * the label is the Vietnamese text shown to people. Certification's own rules
 * ({@code ocop.certification.domain.RevocationGround}) are built on these.
 */
public enum Article8Ground {
    /** a) Thông tin không trung thực, giả mạo hồ sơ. */
    A("a", "Cung cấp thông tin không trung thực hoặc giả mạo hồ sơ"),
    /** b) Sản phẩm không còn đáp ứng tiêu chí (theo kết luận kiểm tra của cơ quan có thẩm quyền). */
    B("b", "Sản phẩm không còn đáp ứng tiêu chí theo kết luận kiểm tra của cơ quan có thẩm quyền"),
    /** c) Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa... */
    C("c", "Vi phạm quy định pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa "
            + "hoặc quy định khác"),
    /** d) Sử dụng nhãn hiệu OCOP gây nhầm lẫn. */
    D("d", "Sử dụng nhãn hiệu OCOP sai mục đích, gây nhầm lẫn"),
    /** đ) Chủ thể không còn sản xuất sản phẩm (xác nhận của UBND cấp xã, Điều 8.4). */
    DD("đ", "Chủ thể không còn sản xuất sản phẩm"),
    /** e) Trường hợp khác theo kết luận, đề nghị của cơ quan nhà nước có thẩm quyền. */
    E("e", "Trường hợp khác theo kết luận, đề nghị của cơ quan nhà nước có thẩm quyền");

    private final String letter;
    private final String label;

    Article8Ground(String letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    /** The letter of Điều 8.1: a, b, c, d, đ or e. */
    public String letter() {
        return letter;
    }

    public String label() {
        return label;
    }
}
