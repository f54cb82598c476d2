package ocop.dossier.domain;

/**
 * Where a flagged potential product stands (tình trạng đề xuất sản phẩm tiềm năng): waiting for the officer, turned
 * into a registered idea, or closed with a note. Labels: {@code flag.status.<NAME>}.
 */
public enum FlagStatus {
    OPEN, CONVERTED, CLOSED;

    public String labelKey() {
        return "flag.status." + name();
    }
}
