package ocop.certification.domain;

import ocop.certification.Article8Ground;

/**
 * Căn cứ thu hồi giấy chứng nhận (revocation grounds), QĐ 26/2026/QĐ-TTg Điều 8.1, stored as their letter
 * ({@link #letter()}) in {@code certification.certificate.revocation_ground}. Who decides is
 * {@link #authority(int)} (Điều 8.2); the time limit is 15 days (Điều 8.4). Letters and labels are those of the
 * public {@link Article8Ground}.
 */
public enum RevocationGround {
    /** a) Thông tin không trung thực, giả mạo hồ sơ. */
    A(Article8Ground.A),
    /** b) Sản phẩm không còn đáp ứng tiêu chí. */
    B(Article8Ground.B),
    /** c) Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa... */
    C(Article8Ground.C),
    /** d) Sử dụng nhãn hiệu OCOP gây nhầm lẫn. */
    D(Article8Ground.D),
    /** đ) Chủ thể không còn sản xuất sản phẩm (xác nhận của UBND cấp xã, Điều 8.4). */
    DD(Article8Ground.DD),
    /** e) Trường hợp khác theo kết luận, đề nghị của cơ quan nhà nước có thẩm quyền. */
    E(Article8Ground.E);

    /** Who decides a revocation (Điều 8.2). */
    public enum Authority {
        /** Chủ tịch UBND tỉnh (3★, 4★). */
        PROVINCE,
        /** Bộ trưởng Bộ Nông nghiệp và Môi trường (5★). */
        MINISTRY
    }

    private final Article8Ground ground;

    RevocationGround(Article8Ground ground) {
        this.ground = ground;
    }

    /** The ground as other modules name it. */
    public Article8Ground publicGround() {
        return ground;
    }

    public String letter() {
        return ground.letter();
    }

    public String label() {
        return ground.label();
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
            if (g.letter().equals(letter)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Căn cứ thu hồi không hợp lệ: " + letter);
    }
}
