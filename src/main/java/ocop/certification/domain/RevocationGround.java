package ocop.certification.domain;

/**
 * Căn cứ thu hồi giấy chứng nhận (revocation grounds), QĐ 26/2026/QĐ-TTg Điều 8.1, stored as their letter
 * ({@link #letter()}) in {@code certification.certificate.revocation_ground}. Who decides is
 * {@link #authority(int)} (Điều 8.2); the time limit is 15 days (Điều 8.4).
 */
public enum RevocationGround {
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

    /** Who decides a revocation (Điều 8.2). */
    public enum Authority {
        /** Chủ tịch UBND tỉnh (3★, 4★). */
        PROVINCE,
        /** Bộ trưởng Bộ Nông nghiệp và Môi trường (5★). */
        MINISTRY
    }

    private final String letter;
    private final String label;

    RevocationGround(String letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    public String letter() {
        return letter;
    }

    public String label() {
        return label;
    }

    /** Điều 8.2: the province's chairman for 3★ and 4★, the ministry for 5★. */
    public static Authority authority(int stars) {
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("Chỉ sản phẩm 3–5 sao có giấy chứng nhận.");
        }
        return stars == 5 ? Authority.MINISTRY : Authority.PROVINCE;
    }

    public static RevocationGround ofLetter(String letter) {
        for (RevocationGround g : values()) {
            if (g.letter.equals(letter)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Căn cứ thu hồi không hợp lệ: " + letter);
    }
}
