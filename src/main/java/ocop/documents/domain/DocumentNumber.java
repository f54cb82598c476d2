package ocop.documents.domain;

/**
 * Number and symbol (số, ký hiệu): "05/BC-UBND", "12/UBND-KT" — at least two digits, a slash, then the symbol
 * (Nghị định 30/2020/NĐ-CP Phụ lục I mục II.3).
 */
public record DocumentNumber(int sequence, String symbol) {

    public DocumentNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("Số văn bản bắt đầu từ 01: " + sequence);
        }
        if (symbol == null || symbol.isBlank() || symbol.contains(" ")) {
            throw new IllegalArgumentException("Ký hiệu không hợp lệ: " + symbol);
        }
    }

    /** "05/BC-UBND". */
    public String text() {
        return (sequence < 10 ? "0" : "") + sequence + "/" + symbol;
    }

    /** The number line of the header: "Số: 05/BC-UBND". */
    public String line() {
        return "Số: " + text();
    }

    /** The number line of a draft, the number left blank: "Số:      /BC-UBND". */
    public static String blankLine(String symbol) {
        return "Số:" + DateLine.BLANK + "\u00a0/" + symbol;
    }

    @Override
    public String toString() {
        return text();
    }
}
