package ocop.assessment.domain;

import ocop.dossier.WardItem;

/**
 * The four items as form Mẫu 03 mục II words them (nội dung đánh giá), with the form's guidance on what the ward
 * writes under each (QĐ 26/2026/QĐ-TTg Phụ lục III; Điều 7.2.a).
 */
public final class Mau03Items {

    private Mau03Items() {
    }

    /** The heading printed in the report, e.g. "Về sử dụng nguyên liệu địa phương". */
    public static String heading(WardItem item) {
        return switch (item) {
            case RAW_MATERIALS -> "Về sử dụng nguyên liệu địa phương";
            case LOCAL_LABOUR -> "Về sử dụng lao động địa phương";
            case IDEA_ORIGIN -> "Nguồn gốc ý tưởng sản phẩm";
            case LOCAL_IDENTITY -> "Bản sắc/trí tuệ địa phương";
        };
    }

    /** The form's guidance in brackets, shown beside the officer's field. */
    public static String guidance(WardItem item) {
        return switch (item) {
            case RAW_MATERIALS -> "Nội dung thể hiện rõ mô tả của chủ thể và đánh giá về tình hình sử dụng nguyên liệu "
                    + "thực tế của chủ thể trên địa bàn.";
            case LOCAL_LABOUR -> "Nội dung thể hiện rõ mô tả của chủ thể và đánh giá về tình hình sử dụng thực tế về "
                    + "lao động địa phương của chủ thể trên địa bàn.";
            case IDEA_ORIGIN -> "Nhận xét về nguồn gốc sản phẩm (truyền thống, sản phẩm mới) của chủ thể dựa trên thực "
                    + "tế của địa phương.";
            case LOCAL_IDENTITY -> "Đánh giá các giá trị văn hóa, tri thức bản địa (giống, nguyên liệu, điều kiện sản "
                    + "xuất), kinh nghiệm sản xuất của cộng đồng và phương thức sản xuất đặc trưng của địa phương, tạo "
                    + "nên sự khác biệt của sản phẩm.";
        };
    }
}
