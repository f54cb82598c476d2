package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.candidates.AtRiskReason;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nguồn "giấy chứng nhận hết hiệu lực" (certificates out of their term — expired, or kept under Điều 12.3 with no
 * re-evaluation in progress — whose product may still carry the OCOP mark).
 */
@Component
@Order(20)
class ExpiredCertificates implements AtRiskSource {

    private final CertificateRisks risks;

    ExpiredCertificates(CertificateRisks risks) {
        this.risks = risks;
    }

    @Override
    public List<CandidateAtRisk> rows(LocalDate today) {
        return risks.rows(today, Set.of(AtRiskReason.CERTIFICATE_EXPIRED, AtRiskReason.CERTIFICATE_EXTENDED));
    }
}
