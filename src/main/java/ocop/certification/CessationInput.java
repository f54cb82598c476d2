package ocop.certification;

/**
 * Xác nhận chủ thể không còn sản xuất sản phẩm (the ward's confirmation, Điều 8.1.đ and 8.4) as typed in the form or
 * sent to the API; strings so each bad field is named in the answer.
 *
 * @param stoppedOn   the day the producer stopped producing the product (yyyy-MM-dd): not in the future, not before
 *                    the certificate's issue date
 * @param verifiedHow how the ward verified it, e.g. "Làm việc trực tiếp với chủ thể ngày …; chủ thể có đơn xin dừng
 *                    sản xuất"
 * @param note        ghi chú (optional)
 */
public record CessationInput(String stoppedOn, String verifiedHow, String note) {

    /** An empty form. */
    public static CessationInput empty() {
        return new CessationInput(null, null, null);
    }
}
