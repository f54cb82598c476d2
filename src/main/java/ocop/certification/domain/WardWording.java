package ocop.certification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the ward's documents on certificates word recurring things (cách viết trong văn bản của UBND phường): the
 * decision they rest on, the committee's name in a sentence ("Ủy ban nhân dân phường Long Khánh"), dates as
 * dd/MM/yyyy and a certificate without a recorded number. Shared by the renewal notice and the revocation proposal.
 */
public final class WardWording {

    /** The decision cited by every document of the module. */
    public static final String DECISION = "Quyết định số 26/2026/QĐ-TTg ngày 22 tháng 5 năm 2026 của Thủ tướng Chính "
            + "phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private WardWording() {
    }

    /** "Ủy ban nhân dân phường Long Khánh" for the unit named "Phường Long Khánh" (also "Tỉnh Đồng Nai"). */
    public static String committee(String unitName) {
        return "Ủy ban nhân dân " + lowerFirst(unitName);
    }

    /** A unit's name inside a sentence: "tỉnh Đồng Nai" for "Tỉnh Đồng Nai". */
    public static String lowerFirst(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.substring(0, 1).toLowerCase(VI) + name.substring(1);
    }

    /** dd/MM/yyyy. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The certificate's number, or "(chưa ghi số)" for an imported one without it. */
    public static String number(String certificateNumber) {
        return certificateNumber == null || certificateNumber.isBlank() ? "(chưa ghi số)" : certificateNumber;
    }
}
