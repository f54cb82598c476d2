package ocop.certification;

import java.time.LocalDate;

/**
 * Giấy chứng nhận hết hiệu lực (a certificate expired without a re-evaluation in progress): the product may no longer
 * use the OCOP mark and stars. Published once per certificate; the inspection module raises a check from it.
 *
 * @param expiredOn the first day the certificate is no longer valid (valid-until + 1, or the end of an extension + 1)
 */
public record CertificateExpired(long certificateId, long productId, String unitCode, LocalDate expiredOn) {
}
