package ocop.dossier.domain;

/**
 * The six steps of the yearly OCOP cycle (chu trình OCOP thường niên, QĐ 490/QĐ-TTg 2018, Nội dung 4a): awareness,
 * idea registration, business plan, carrying out the plan, evaluation and classification, trade promotion.
 * Labels are message keys {@code cycle.step.<NAME>}.
 */
public enum CycleStep {
    /** Tuyên truyền, hướng dẫn về OCOP. */
    AWARENESS(1),
    /** Nhận đăng ký ý tưởng sản phẩm. */
    IDEA(2),
    /** Nhận phương án, dự án sản xuất kinh doanh. */
    BUSINESS_PLAN(3),
    /** Triển khai phương án, dự án sản xuất kinh doanh. */
    IMPLEMENTATION(4),
    /** Đánh giá và xếp hạng sản phẩm. */
    EVALUATION(5),
    /** Xúc tiến thương mại. */
    PROMOTION(6);

    private final int number;

    CycleStep(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static CycleStep ofNumber(int number) {
        for (CycleStep s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("cycle step " + number);
    }

    public String labelKey() {
        return "cycle.step." + name();
    }
}
