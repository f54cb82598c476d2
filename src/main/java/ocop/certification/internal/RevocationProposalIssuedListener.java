package ocop.certification.internal;

import ocop.certification.internal.notice.RenewalNoticeIssuedListener;
import ocop.access.Notifications;
import ocop.access.Notifications.Notice;
import ocop.access.Role;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.certification.domain.WardWording;
import ocop.documents.DocumentIssued;
import ocop.documents.DocumentType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks the revocation proposal when the leader issues its công văn (ban hành xác nhận và đề nghị thu hồi): the
 * proposal takes the number and date — from which the 15 days of Điều 8.4 run — and the producer and the ward's
 * officers are told, with the last day for the decision. A plain synchronous {@link EventListener}, like
 * {@link RenewalNoticeIssuedListener}: it runs inside the issuing transaction as the leader, so the mark and the issue
 * commit or roll back together (e-mails, when configured, leave after the commit).
 */
@Component
class RevocationProposalIssuedListener {

    private final ProposalTransitions transitions;
    private final CertificationApi certification;
    private final Notifications notifications;

    RevocationProposalIssuedListener(ProposalTransitions transitions, CertificationApi certification,
                                     Notifications notifications) {
        this.transitions = transitions;
        this.certification = certification;
        this.notifications = notifications;
    }

    @EventListener
    void on(DocumentIssued event) {
        if (event.type() != DocumentType.CV) {
            return;
        }
        transitions.issued(event.id(), event.number(), event.issuedOn())
                .filter(p -> p.state().open())
                .flatMap(p -> certification.certificate(p.certificateId()))
                .ifPresent(this::tell);
    }

    private void tell(CertificateView c) {
        CertificateView.RevocationProposal p = c.revocationProposal();
        Notice notice = new Notice("Đề nghị thu hồi giấy chứng nhận OCOP: " + c.productName(),
                "Ủy ban nhân dân phường đã xác nhận chủ thể " + c.producerName() + " không còn sản xuất sản phẩm "
                        + c.productName() + " và đề nghị thu hồi Giấy chứng nhận số " + WardWording.number(c.number())
                        + " (công văn số " + p.number() + " ngày " + WardWording.day(p.issuedOn()) + "). Cơ quan có "
                        + "thẩm quyền quyết định thu hồi trong 15 ngày, hạn ngày " + WardWording.day(p.decideBy())
                        + " (khoản 4 Điều 8 Quyết định số 26/2026/QĐ-TTg).",
                "/certificates/" + c.id());
        notifications.notifyProducer(c.producerId(), null, notice);
        notifications.notifyRole(Role.WARD_OFFICER, c.unitCode(), notice);
    }
}
