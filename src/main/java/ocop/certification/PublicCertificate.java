package ocop.certification;

import java.time.LocalDate;

/**
 * Tra cứu công khai giấy chứng nhận (the public check of a certificate), what anyone may see without signing in: the
 * product and its photo, the producer's public name, the ward, stars, the recognition decision, valid-until and the
 * status in plain Vietnamese. Never personal ids, private phones or addresses.
 *
 * @param photoUrl the product's main photo ({@code verifyUrl + "/photo"}), or null when the product has none
 */
public record PublicCertificate(String number, String productName, String producerName, String unitName, int stars,
                                String level, String decisionNo, LocalDate decisionDate, LocalDate issuedOn,
                                LocalDate validUntil, CertificateStatus status, String statusLabel, String tone,
                                boolean inForce, String verifyUrl, String photoUrl, boolean demo) {
}
