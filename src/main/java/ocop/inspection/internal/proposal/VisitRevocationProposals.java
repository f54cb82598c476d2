package ocop.inspection.internal.proposal;

import ocop.inspection.internal.VisitRow;
import ocop.inspection.internal.VisitService;
import ocop.inspection.internal.VisitStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.access.Notifications;
import ocop.access.Notifications.Notice;
import ocop.access.Role;
import ocop.access.UserAccounts;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.VisitView;
import ocop.inspection.domain.InspectionPermissions;
import ocop.inspection.domain.RevocationProposalDocument;
import ocop.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Văn bản đề nghị thu hồi giấy chứng nhận: for a visit submitted with PROPOSE_REVOCATION, drafts the proposal to the
 * province through {@link DocumentsApi} (content: {@link RevocationProposalDocument}, facts: {@link ProposalFacts}) as
 * the person who submitted it — or who retries — and links it to the visit, once: the visit row is locked and the link
 * (primary key: the visit) checked first, in the transaction that drafts the document. The ward leader then issues it
 * on the document pages; {@link ProposalIssuedListener} copies the number and date back.
 */
@Service
class VisitRevocationProposals {

    private static final Logger log = LoggerFactory.getLogger(VisitRevocationProposals.class);

    /** The stored link of a visit to its proposal (number and date once issued). */
    record Link(long documentId, String documentType, String issuedNumber, LocalDate issuedOn) {
    }

    /** What a drafting attempt did: the document (empty when that person may not draft it) and whether it is new. */
    record Outcome(Optional<Long> documentId, boolean created) {
    }

    private final JdbcClient jdbc;
    private final VisitStore visits;
    private final ProposalFacts facts;
    private final DocumentsApi documents;
    private final AccessApi access;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final RevocationProposalSettings.Values settings;

    VisitRevocationProposals(JdbcClient jdbc, VisitStore visits, ProposalFacts facts, DocumentsApi documents,
                        AccessApi access, UserAccounts accounts, AuditTrail audit, Notifications notifications,
                        RevocationProposalSettings.Values settings) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.facts = facts;
        this.documents = documents;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.notifications = notifications;
        this.settings = settings;
    }

    Optional<Link> of(long visitId) {
        return jdbc.sql("""
                SELECT document_id, document_type, issued_number, issued_on FROM inspection.revocation_proposal
                 WHERE visit_id = :v""").param("v", visitId).query(Link.class).optional();
    }

    /**
     * Drafts the proposal of a visit as {@code username} unless it exists. When that person may not draft for the
     * visit's ward (a province officer), nothing is drafted and the ward's officers are told to do it.
     */
    @Transactional
    public Outcome draft(long visitId, String username) {
        VisitRow v = visits.lock(visitId);
        if (v.outcome() != InspectionOutcome.PROPOSE_REVOCATION) {
            throw new ConflictException("outcome", "Biên bản này không kết luận đề nghị thu hồi giấy chứng nhận.");
        }
        Optional<Link> existing = of(visitId);
        if (existing.isPresent()) {
            return new Outcome(Optional.of(existing.get().documentId()), false);
        }
        return accounts.runAs(username, () -> {
            CurrentUser me = access.currentUser();
            if (!InspectionPermissions.mayDraftProposal(me, v.unitCode())) {
                log.info("Visit {}: {} may not draft the revocation proposal; the ward's officers are told", visitId,
                        username);
                notifications.notifyRole(Role.WARD_OFFICER, v.unitCode(), new Notice(
                        "Cần soạn văn bản đề nghị thu hồi giấy chứng nhận OCOP",
                        "Biên bản kiểm tra sản phẩm " + facts.productName(v) + " kết luận đề nghị thu hồi giấy chứng "
                                + "nhận. Mở biên bản và chọn soạn văn bản đề nghị gửi UBND tỉnh.",
                        "/inspections/visits/" + visitId));
                return new Outcome(Optional.empty(), false);
            }
            VisitView view = visits.view(v);
            DocumentView doc = documents.createDraft(RevocationProposalDocument.draft(settings.type(),
                    parties(v.unitCode()), facts.inspection(v, view), v.unitCode()));
            jdbc.sql("""
                    INSERT INTO inspection.revocation_proposal (visit_id, unit_code, document_id, document_type,
                                                                drafted_by)
                    VALUES (:v, :u, :d, :t, :by)""")
                    .param("v", visitId).param("u", v.unitCode()).param("d", doc.id())
                    .param("t", settings.type().name()).param("by", me.username()).update();
            audit.record(VisitService.ENTITY, visitId, v.unitCode(), AuditAction.UPDATE, null,
                    Map.of("revocationProposalDocumentId", doc.id()));
            notifications.notifyRole(Role.WARD_LEADER, v.unitCode(), new Notice(
                    "Văn bản đề nghị thu hồi giấy chứng nhận OCOP chờ ban hành",
                    "Dự thảo đề nghị UBND tỉnh thu hồi giấy chứng nhận của sản phẩm " + view.productName()
                            + " (kiểm tra ngày " + view.visitedOn().format(ProposalFacts.DAY) + ") đã soạn xong.",
                    "/documents/" + doc.id()));
            return new Outcome(Optional.of(doc.id()), true);
        });
    }

    /** Records the number and date when the leader issues a proposal document; false when it is none of ours. */
    @Transactional
    public boolean issued(long documentId, String number, LocalDate issuedOn) {
        return jdbc.sql("""
                UPDATE inspection.revocation_proposal SET issued_number = :n, issued_on = :d
                 WHERE document_id = :id""")
                .param("n", number).param("d", issuedOn).param("id", documentId).update() > 0;
    }

    /**
     * Lets go of a proposal whose draft was discarded (hủy dự thảo), so the visit's proposal can be drafted again; false
     * when the document is none of ours or already let go. Audited on the visit.
     */
    @Transactional
    public boolean discarded(long documentId, String reason) {
        Optional<Long> visit = jdbc.sql("""
                DELETE FROM inspection.revocation_proposal WHERE document_id = :id AND issued_number IS NULL
                RETURNING visit_id""").param("id", documentId).query(Long.class).optional();
        visit.ifPresent(v -> audit.record(VisitService.ENTITY, v, unitOf(v), AuditAction.UPDATE,
                Map.of("revocationProposalDocumentId", documentId), Map.of("discardReason", reason)));
        return visit.isPresent();
    }

    private String unitOf(long visitId) {
        return jdbc.sql("SELECT unit_code FROM inspection.visit WHERE id = :v").param("v", visitId)
                .query(String.class).single();
    }

    private RevocationProposalDocument.Parties parties(String unitCode) {
        AdministrativeUnit unit = access.unit(unitCode).orElse(null);
        String ward = unit == null ? "Phường " + unitCode : unit.name();
        String province = unit == null || unit.provinceName() == null ? null : unit.provinceName();
        if (province == null && unit != null && unit.provinceCode() != null) {
            province = access.unit(unit.provinceCode()).map(AdministrativeUnit::name).orElse(null);
        }
        return new RevocationProposalDocument.Parties(ward, province == null ? "Tỉnh" : province,
                settings.provinceAgency());
    }
}
