package ocop.inspection.internal.proposal;

import ocop.documents.DocumentIssued;
import ocop.documents.DocumentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ghi số, ngày văn bản đề nghị thu hồi lên biên bản: when the ward leader issues a công văn or tờ trình that is the
 * revocation proposal of a visit, its number and date are recorded on the visit. A plain listener inside the issuing
 * transaction (as assessment's), so the issue and the record commit together; any other document is ignored.
 */
@Component
class ProposalIssuedListener {

    private static final Logger log = LoggerFactory.getLogger(ProposalIssuedListener.class);

    private final VisitRevocationProposals proposals;

    ProposalIssuedListener(VisitRevocationProposals proposals) {
        this.proposals = proposals;
    }

    @EventListener
    void on(DocumentIssued event) {
        if ((event.type() == DocumentType.CV || event.type() == DocumentType.TTr)
                && proposals.issued(event.id(), event.number(), event.issuedOn())) {
            log.info("Revocation proposal {} issued as {} on {}", event.id(), event.number(), event.issuedOn());
        }
    }
}
