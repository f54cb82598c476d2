package ocop.certification.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code certification.certificate} (giấy chứng nhận đã ghi nhận). */
record CertificateRow(long id, long dossierId, String number, long productId, long producerId, String unitCode,
                      String provinceCode, int stars, BigDecimal score, String level, String decisionNo,
                      LocalDate decisionDate, LocalDate issuedOn, LocalDate validUntil) {
}
