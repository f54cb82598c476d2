package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.candidates.AtRiskReason;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Nguồn "giấy chứng nhận sắp hết hiệu lực" (certificates expiring soon with no re-evaluation filed). */
@Component
@Order(10)
class ExpiringCertificates implements AtRiskSource {

    private final CertificateRisks risks;

    ExpiringCertificates(CertificateRisks risks) {
        this.risks = risks;
    }

    @Override
    public List<CandidateAtRisk> rows(LocalDate today) {
        return risks.rows(today, Set.of(AtRiskReason.CERTIFICATE_EXPIRING));
    }
}
