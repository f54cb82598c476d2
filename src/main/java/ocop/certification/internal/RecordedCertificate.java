package ocop.certification.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import ocop.certification.domain.CertificateFacts.Regime;

/**
 * Giấy chứng nhận đã cấp trước đây (a certificate recorded without a dossier of this system: an imported list, a
 * 148/1489-era certificate, demo data). {@code source} is IMPORT or DEMO; valid-until is computed by the configured
 * {@link ocop.certification.domain.ValidityPolicy} from the issue date.
 */
record RecordedCertificate(String number, long productId, long producerId, String unitCode, String provinceCode,
                           int stars, BigDecimal score, String level, String decisionNo, LocalDate decisionDate,
                           LocalDate issuedOn, Regime regime, String source, String recordedBy,
                           String productName, String producerName, String unitName) {
}
