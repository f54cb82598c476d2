package ocop.certification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import ocop.system.VietnameseText;

/**
 * Xác nhận chủ thể không còn sản xuất sản phẩm (the ward's confirmation, Điều 8.1.đ and 8.4): the day production
 * stopped — required, not in the future, not before the certificate was issued — how the ward verified it (required,
 * e.g. "Làm việc trực tiếp với chủ thể ngày …; chủ thể có đơn xin dừng sản xuất") and an optional note.
 */
public record CessationConfirmation(LocalDate stoppedOn, String verifiedHow, String note) {

    public static final int MAX_TEXT = 2000;

    /**
     * Checks the typed values against the certificate's issue date and today; every bad field at once in an
     * {@link InvalidInputException} naming {@code stoppedOn}, {@code verifiedHow} or {@code note}.
     */
    public static CessationConfirmation of(String stoppedOn, String verifiedHow, String note, LocalDate issuedOn,
                                           LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate stopped = stoppedOn(stoppedOn, issuedOn, today, errors);
        String how = text(verifiedHow);
        if (how == null) {
            errors.add(new FieldError("verifiedHow", "Nhập cách thức xác minh, ví dụ: làm việc trực tiếp với chủ thể "
                    + "ngày …; chủ thể có đơn xin dừng sản xuất."));
        } else if (how.length() > MAX_TEXT) {
            errors.add(new FieldError("verifiedHow", "Cách thức xác minh tối đa " + MAX_TEXT + " ký tự."));
        }
        String n = text(note);
        if (n != null && n.length() > MAX_TEXT) {
            errors.add(new FieldError("note", "Ghi chú tối đa " + MAX_TEXT + " ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CessationConfirmation(stopped, how, n);
    }

    private static LocalDate stoppedOn(String value, LocalDate issuedOn, LocalDate today, List<FieldError> errors) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            errors.add(new FieldError("stoppedOn", "Nhập ngày chủ thể dừng sản xuất sản phẩm."));
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("stoppedOn", "Ngày dừng sản xuất không đúng định dạng (yyyy-MM-dd)."));
            return null;
        }
        if (day.isAfter(today)) {
            errors.add(new FieldError("stoppedOn", "Ngày dừng sản xuất không được sau hôm nay."));
        } else if (day.isBefore(issuedOn)) {
            errors.add(new FieldError("stoppedOn", "Ngày dừng sản xuất không được trước ngày cấp giấy chứng nhận ("
                    + WardWording.day(issuedOn) + ")."));
        }
        return day;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return VietnameseText.nfc(value.strip());
    }
}
