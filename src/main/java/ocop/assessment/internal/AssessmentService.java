package ocop.assessment.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.domain.ItemFinding;
import ocop.assessment.domain.Mau03Items;
import ocop.assessment.domain.WardAssessment;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.dossier.DossierSummary;
import ocop.dossier.WardItem;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ward's assessment of the four items (đánh giá bốn nội dung, Điều 7.2.a): read beside the producer's own
 * account, written by the ward officer while the dossier is in {@code WARD_ASSESSMENT}, with optimistic locking and
 * the audit trail.
 */
@Service
public class AssessmentService {

    static final String ENTITY = "ward_assessment";

    private final DossierPort dossiers;
    private final AssessmentRepository repository;
    private final ProducerStatements statements;
    private final OpinionReader opinions;
    private final DocumentsApi documents;
    private final AssessmentSettings settings;
    private final WardBodies wards;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentService(DossierPort dossiers, AssessmentRepository repository, ProducerStatements statements,
                      OpinionReader opinions, DocumentsApi documents, AssessmentSettings settings, WardBodies wards,
                      AccessApi access, AuditTrail audit, Clock clock) {
        this.dossiers = dossiers;
        this.repository = repository;
        this.statements = statements;
        this.opinions = opinions;
        this.documents = documents;
        this.settings = settings;
        this.wards = wards;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The input of {@code PUT /api/v1/dossiers/{id}/assessment}: the items to change and the version read. */
    public record Input(List<ItemFinding> items, Integer version) {
    }

    @Transactional(readOnly = true)
    public AssessmentView view(long dossierId) {
        CurrentUser me = reader();
        return view(me, dossiers.get(dossierId));
    }

    @Transactional
    public AssessmentView save(long dossierId, Input input) {
        CurrentUser me = reader();
        if (!AssessmentPermissions.mayAssess(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế đánh giá các nội dung của hồ sơ.");
        }
        DossierSummary d = dossiers.get(dossierId);
        if (!WardAssessment.editableIn(d.status())) {
            throw new ConflictException(null, "Chỉ đánh giá khi hồ sơ đang ở bước «Đang đánh giá tại phường».");
        }
        WardAssessment assessment = load(dossierId);
        List<ItemFinding> before = assessment.items();
        assessment.update(input.items() == null ? List.of() : input.items(), settings.conclusions());
        if (!repository.save(d, wards.provinceCode(d.unitCode()), input.version(), assessment.items(), me.username(),
                OffsetDateTime.now(clock))) {
            throw new ConflictException("version", "Đánh giá vừa được người khác thay đổi. Hãy tải lại trang và nhập "
                    + "lại thay đổi của bạn.");
        }
        audit.record(ENTITY, dossierId, d.unitCode(), AuditAction.UPDATE, before, assessment.items());
        return view(me, d);
    }

    WardAssessment load(long dossierId) {
        return new WardAssessment(dossierId, repository.findings(dossierId));
    }

    CurrentUser reader() {
        CurrentUser me = access.currentUser();
        if (!AssessmentPermissions.mayRead(me)) {
            throw new ForbiddenException("Tài khoản này không xem được hồ sơ OCOP.");
        }
        return me;
    }

    private AssessmentView view(CurrentUser me, DossierSummary d) {
        WardAssessment a = load(d.id());
        Map<WardItem, ItemContext> contexts = statements.of(d);
        Map<WardItem, List<String>> said = AssessmentPermissions.mayReadMeetings(me) ? opinions.linesFor(d.id())
                : Map.of();
        List<AssessmentView.Item> items = new ArrayList<>();
        for (ItemFinding f : a.items()) {
            ItemContext c = contexts.get(f.item());
            items.add(new AssessmentView.Item(f.item(), f.item().number(), Mau03Items.heading(f.item()),
                    Mau03Items.guidance(f.item()), c.producerDescription(), c.criteria(), f.findings(),
                    f.evidenceNote(), f.conclusion(), f.conclusion() == null ? null
                    : settings.conclusions().label(f.conclusion()), said.getOrDefault(f.item(), List.of())));
        }
        AssessmentRow row = repository.find(d.id()).orElse(null);
        AssessmentView.Report report = row == null || row.reportDocumentId() == null || me.is(ocop.access.Role.PRODUCER)
                ? null : report(row.reportDocumentId());
        boolean editable = WardAssessment.editableIn(d.status()) && (report == null || !report.issued());
        return new AssessmentView(d, items, settings.conclusions().options(), report,
                editable && AssessmentPermissions.mayAssess(me), AssessmentPermissions.mayAssess(me),
                AssessmentPermissions.mayIssue(me), a.complete(), row == null ? 0 : row.version());
    }

    /** The Mẫu 03 report, or none when its draft was discarded. */
    AssessmentView.Report report(long documentId) {
        DocumentView doc = documents.get(documentId);
        if (doc.discarded()) {
            return null;
        }
        return new AssessmentView.Report(doc.id(), doc.status().name(), doc.number(), doc.issuedOn());
    }
}
