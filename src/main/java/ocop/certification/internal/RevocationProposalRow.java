package ocop.certification.internal;

import java.time.LocalDate;
import ocop.certification.CertificateView;
import ocop.certification.domain.RevocationDeadline;
import ocop.certification.domain.RevocationProposalState;

/**
 * A row of {@code certification.revocation_proposal} (đề nghị thu hồi giấy chứng nhận): the certificate, the Điều 8.1
 * ground (đ), the day production stopped and how the ward verified it, its công văn, state and, once issued, the
 * number and date as printed.
 */
record RevocationProposalRow(long id, long certificateId, String unitCode, String ground, LocalDate stoppedOn,
                             String verifiedHow, String note, long documentId, RevocationProposalState state,
                             String numberText, LocalDate issuedOn, String createdBy) {

    /** As readers see it, with the last day for the decision once issued (Điều 8.4). */
    CertificateView.RevocationProposal view(RevocationDeadline deadline) {
        return new CertificateView.RevocationProposal(id, ground, stoppedOn, verifiedHow, note, documentId,
                state.name(), numberText, issuedOn, issuedOn == null ? null : deadline.decideBy(issuedOn));
    }
}
