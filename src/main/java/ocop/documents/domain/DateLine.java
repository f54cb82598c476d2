package ocop.documents.domain;

import java.time.LocalDate;

/**
 * Place and date (địa danh và thời gian ban hành), e.g. "Long Khánh, ngày 06 tháng 4 năm 2026": days below 10 and the
 * months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4). A draft leaves day and month
 * blank for the clerk.
 */
public final class DateLine {

    /** Blank for the day or month of a draft: non-breaking spaces, so renderers keep their width. */
    static final String BLANK = "\u00a0\u00a0\u00a0\u00a0\u00a0";

    private DateLine() {
    }

    public static String of(String placeName, LocalDate date) {
        return placeName + ", ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue())
                + " năm " + date.getYear();
    }

    /** The line of an unissued draft: "Long Khánh, ngày      tháng      năm 2026". */
    public static String blank(String placeName, int year) {
        return placeName + ", ngày" + BLANK + " tháng" + BLANK + " năm " + year;
    }

    static String day(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }
}
