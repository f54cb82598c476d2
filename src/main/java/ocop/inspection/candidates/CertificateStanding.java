package ocop.inspection.candidates;

import java.time.LocalDate;
import ocop.certification.CertificateStatus;

/** Một giấy chứng nhận as the at-risk rules need it: its product, status today, issue and valid-until days. */
public record CertificateStanding(long certificateId, long productId, CertificateStatus status, LocalDate issuedOn,
        LocalDate validUntil) {
}
