package ocop.dossier;

/**
 * The four contents the commune assesses (Điều 7.2.a; Mẫu 03, mục II): it comments and concludes on each, it does
 * not score them. {@code number} is the item's number in Mẫu 03 and the criteria sheets' {@code wardItem}.
 */
public enum WardItem {
    /** Nguồn gốc sản phẩm, nguyên liệu địa phương. */
    RAW_MATERIALS(1),
    /** Sử dụng lao động địa phương. */
    LOCAL_LABOUR(2),
    /** Nguồn gốc ý tưởng sản phẩm. */
    IDEA_ORIGIN(3),
    /** Bản sắc, trí tuệ địa phương. */
    LOCAL_IDENTITY(4);

    private final int number;

    WardItem(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static WardItem ofNumber(int number) {
        for (WardItem item : values()) {
            if (item.number == number) {
                return item;
            }
        }
        throw new IllegalArgumentException("ward item " + number);
    }

    public String labelKey() {
        return "ward.item." + name();
    }
}
