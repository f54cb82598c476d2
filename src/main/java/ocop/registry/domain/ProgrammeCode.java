package ocop.registry.domain;

import java.util.regex.Pattern;

/**
 * Programme code of a product (mã sản phẩm) as printed on the criteria sheets of QĐ 26/2026/QĐ-TTg:
 * {@code (T)-(X)-(STT)-(Năm đánh giá)}, T the province code, X the commune code (QĐ 19/2025/QĐ-TTg),
 * STT the commune's running number, then the evaluation year, e.g. {@code 75-26080-01-2026}.
 */
public final class ProgrammeCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})-(\\d{5})-(\\d{1,4})-(\\d{4})");

    private ProgrammeCode() {
    }

    /** A message when the code is malformed or names another province/commune than the product's, else null. */
    public static String problem(String code, String provinceCode, String unitCode) {
        var m = FORMAT.matcher(code);
        if (!m.matches()) {
            return "Mã sản phẩm phải có dạng Tỉnh-Xã-STT-Năm, ví dụ 75-26080-01-2026.";
        }
        if (!m.group(1).equals(provinceCode) || !m.group(2).equals(unitCode)) {
            return "Mã sản phẩm phải bắt đầu bằng mã tỉnh và mã xã/phường của chủ thể (" + provinceCode + "-"
                    + unitCode + "-…).";
        }
        int year = Integer.parseInt(m.group(4));
        if (year < 2018 || year > 2100) {
            return "Năm đánh giá trong mã sản phẩm không hợp lệ.";
        }
        return null;
    }

    public static String of(String provinceCode, String unitCode, int sequence, int year) {
        return "%s-%s-%02d-%d".formatted(provinceCode, unitCode, sequence, year);
    }
}
