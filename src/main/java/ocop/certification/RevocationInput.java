package ocop.certification;

/**
 * Quyết định thu hồi giấy chứng nhận (a revocation decision, Điều 8) as typed in the form or sent to the API; strings
 * so each bad field is named in the answer.
 *
 * @param ground       the Điều 8.1 ground: its letter (a, b, c, d, đ, e) or its name (A, B, C, D, DD, E)
 * @param authority    PROVINCE (Chủ tịch UBND tỉnh, 3★–4★) or MINISTRY (Bộ trưởng, 5★)
 * @param decisionNo   số quyết định thu hồi
 * @param decisionDate ngày quyết định (yyyy-MM-dd); the certificate is revoked from that day
 * @param note         ghi chú (optional)
 */
public record RevocationInput(String ground, String authority, String decisionNo, String decisionDate, String note) {
}
