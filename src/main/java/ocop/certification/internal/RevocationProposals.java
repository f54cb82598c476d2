package ocop.certification.internal;

import ocop.certification.internal.notice.RenewalNotices;
import java.time.Clock;
import java.time.LocalDate;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.certification.CessationInput;
import ocop.certification.domain.CessationConfirmation;
import ocop.certification.domain.CessationProposalDocument;
import ocop.certification.domain.RevocationDeadline;
import ocop.certification.domain.RevocationGround;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Xác nhận chủ thể không còn sản xuất và đề nghị thu hồi (QĐ 26/2026/QĐ-TTg Điều 8.1.đ, 8.4; the commune's duty,
 * Điều 10.4): on a certificate still in force (or extended) in the officer's scope (else 404), the ward officer records
 * the day production stopped and how it was verified ({@link CessationConfirmation}, else 400 naming the field); a
 * công văn of the UBND phường to the province's OCOP body ({@link CessationProposalDocument}) is drafted through
 * {@link DocumentsApi#createDraft} and the proposal stored — one open proposal per certificate (409), none on a
 * revoked, expired or superseded certificate (409). The leader issues the draft on the documents pages;
 * {@link RevocationProposalIssuedListener} then marks it. The addressee is the setting
 * {@code ocop.certification.revocation-proposal.recipient}, by default "Sở Nông nghiệp và Môi trường" followed by the
 * unit's province. Drafting is audited.
 */
@Service
public class RevocationProposals {

    static final String ENTITY = "revocation_proposal";

    private final CertificationApi certification;
    private final RevocationProposalRepository repository;
    private final DocumentsApi documents;
    private final AccessApi access;
    private final AuditTrail audit;
    private final RevocationDeadline deadline;
    private final Clock clock;
    private final String recipient;

    RevocationProposals(CertificationApi certification, RevocationProposalRepository repository,
                        DocumentsApi documents, AccessApi access, AuditTrail audit, RevocationDeadline deadline,
                        Clock clock, @Value("${ocop.certification.revocation-proposal.recipient:}") String recipient) {
        this.certification = certification;
        this.repository = repository;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
        this.deadline = deadline;
        this.clock = clock;
        this.recipient = recipient == null ? "" : recipient.strip();
    }

    /** Who may confirm: the ward officer (and an admin for a ward). */
    public static boolean mayConfirm(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.ADMIN);
    }

    /** Whether a new proposal may be made for the certificate: in force (or extended), none open. */
    public static boolean confirmable(CertificateView c) {
        return c.status().inForce() && (c.revocationProposal() == null || !c.revocationProposal().open());
    }

    /** Confirms the cessation on certificate {@code certificateId} as the signed-in user; the proposal drafted. */
    @Transactional
    public CertificateView.RevocationProposal confirm(long certificateId, CessationInput input) {
        CurrentUser me = access.currentUser();
        if (!mayConfirm(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế xác nhận chủ thể không còn sản xuất sản phẩm.");
        }
        repository.lockCertificate(certificateId);
        CertificateView c = certification.certificate(certificateId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận " + certificateId + "."));
        if (!c.status().inForce()) {
            throw new ConflictException(null, RenewalNotices.name(c) + " có tình trạng «" + c.statusLabel()
                    + "»: chỉ xác nhận và đề nghị thu hồi giấy chứng nhận còn hiệu lực.");
        }
        repository.open(certificateId).ifPresent(p -> {
            throw new ConflictException(null, RenewalNotices.name(c) + " đã có " + (p.numberText() == null
                    ? "dự thảo công văn xác nhận và đề nghị thu hồi (dự thảo mã " + p.documentId() + "), chờ lãnh đạo "
                    + "UBND phường ban hành." : "đề nghị thu hồi số " + p.numberText() + ", chờ quyết định thu hồi."));
        });
        LocalDate today = LocalDate.now(clock);
        CessationConfirmation confirmation = CessationConfirmation.of(input == null ? null : input.stoppedOn(),
                input == null ? null : input.verifiedHow(), input == null ? null : input.note(), c.issuedOn(), today);
        AdministrativeUnit unit = access.unit(c.unitCode())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị " + c.unitCode() + "."));
        String provinceName = provinceName(unit);
        DocumentView doc = documents.createDraft(CessationProposalDocument.draft(new CessationProposalDocument.Facts(
                unit.name(), provinceName, recipient.isEmpty() ? CessationProposalDocument.defaultRecipient(provinceName)
                : recipient, c.producerName(), c.productName(), c.number(), c.stars(), c.issuedOn(), c.validUntil(),
                c.decisionNo(), c.decisionDate(), confirmation, deadline, c.unitCode())));
        long id = repository.insert(certificateId, c.unitCode(), RevocationGround.DD.letter(), confirmation, doc.id(),
                me.username());
        RevocationProposalRow row = repository.find(id).orElseThrow();
        audit.record(ENTITY, id, c.unitCode(), AuditAction.CREATE, null, row);
        return row.view(deadline);
    }

    private String provinceName(AdministrativeUnit unit) {
        if (unit.provinceName() != null) {
            return unit.provinceName();
        }
        return unit.provinceCode() == null ? "Tỉnh"
                : access.unit(unit.provinceCode()).map(AdministrativeUnit::name).orElse("Tỉnh");
    }
}
