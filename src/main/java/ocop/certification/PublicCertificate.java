package ocop.certification;

import java.time.LocalDate;

/**
 * Tra cứu công khai giấy chứng nhận (the public check of a certificate), what anyone may see without signing in: the
 * product, the producer's public name, the ward, stars, the recognition decision, valid-until and the status in plain
 * Vietnamese. Never personal ids, private phones or addresses.
 */
public record PublicCertificate(String number, String productName, String producerName, String unitName, int stars,
                                String level, String decisionNo, LocalDate decisionDate, LocalDate issuedOn,
                                LocalDate validUntil, CertificateStatus status, String statusLabel, String tone,
                                boolean inForce, String verifyUrl, boolean demo) {
}
