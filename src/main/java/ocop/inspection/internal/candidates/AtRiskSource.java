package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.util.List;
import ocop.inspection.CandidateAtRisk;

/**
 * Nguồn của danh sách "cần chú ý" (a source of at-risk rows). Every bean of this type is collected and its rows
 * joined into {@link ocop.inspection.CandidateKind#AT_RISK}. The certificate sources are
 * {@link ExpiringCertificates} and {@link ExpiredCertificates}; the inspections add {@link OverdueFindingsSource}
 * (corrective actions open past their deadline) and {@link LogoAfterExpirySource} (the OCOP mark seen on a visit after
 * the certificate ended), each with its own {@link CandidateAtRisk#reasonCode()}
 * ({@link ocop.inspection.candidates.AtRiskReason}).
 */
public interface AtRiskSource {

    /**
     * The rows of this source for the signed-in user's scope (read only what that user may read), as of today.
     * A product may appear in several sources, once per reason.
     */
    List<CandidateAtRisk> rows(LocalDate today);
}
