package ocop.certification.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import ocop.certification.domain.CertificateFacts;

/** A row of {@code certification.certificate} (giấy chứng nhận đã ghi nhận), with its lifecycle facts. */
record CertificateRow(long id, long dossierId, String number, long productId, long producerId, String unitCode,
                      String provinceCode, int stars, BigDecimal score, String level, String decisionNo,
                      LocalDate decisionDate, LocalDate issuedOn, LocalDate validUntil, String regime,
                      String publicToken, String publicProductName, String publicProducerName,
                      String publicUnitName, boolean reevaluationInProgress, LocalDate revokedOn,
                      LocalDate supersededOn, LocalDate expiryHandledOn, boolean demo,
                      String revocationGround, String revocationAuthority, String revocationDecisionNo) {

    /** The facts {@link ocop.certification.domain.CertificateStatusPolicy} computes the status from. */
    CertificateFacts facts() {
        return new CertificateFacts(issuedOn, validUntil, CertificateFacts.Regime.valueOf(regime), revokedOn,
                supersededOn, reevaluationInProgress);
    }
}
