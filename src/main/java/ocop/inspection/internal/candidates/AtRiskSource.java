package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.util.List;
import ocop.inspection.CandidateAtRisk;

/**
 * Nguồn của danh sách "cần chú ý" (a source of at-risk rows). Every bean of this type is collected and its rows
 * joined into {@link ocop.inspection.CandidateKind#AT_RISK}. The certificate sources are
 * {@link ExpiringCertificates} and {@link ExpiredCertificates}; the inspection feature adds its own, e.g. "open
 * findings past their deadline" and "logo used after expiry" found on visits, each with its own
 * {@link CandidateAtRisk#reasonCode()}.
 */
public interface AtRiskSource {

    /**
     * The rows of this source for the signed-in user's scope (read only what that user may read), as of today.
     * A product may appear in several sources, once per reason.
     */
    List<CandidateAtRisk> rows(LocalDate today);
}
