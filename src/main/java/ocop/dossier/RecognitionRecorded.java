package ocop.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The province's (or ministry's) result recorded on a dossier (Điều 7.3): council score, stars, the recognition
 * decision and the certificate. The certification module creates the certificate from it (valid 36 months).
 */
public record RecognitionRecorded(long dossierId, long productId, long producerId, String unitCode,
                                  String provinceCode, BigDecimal score, int stars, String decisionNo,
                                  LocalDate decisionDate, String certificateNo, LocalDate certificateIssuedOn,
                                  String recognisedBy) {
}
