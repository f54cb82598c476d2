package ocop.certification;

import java.time.LocalDate;

/**
 * Giấy chứng nhận bị thu hồi (a certificate revoked, QĐ 26/2026/QĐ-TTg Điều 8): published once when the revocation
 * decision is recorded; the product may no longer use the OCOP mark and stars from {@code revokedOn}.
 *
 * @param ground    the letter of the Điều 8.1 ground (a, b, c, d, đ, e)
 * @param authority who decided: PROVINCE (3★, 4★) or MINISTRY (5★), Điều 8.2
 */
public record CertificateRevoked(long certificateId, long productId, String unitCode, int stars, String ground,
                                 String authority, String decisionNo, LocalDate revokedOn, String revokedBy) {
}
