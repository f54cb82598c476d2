package ocop.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.access.CurrentUser;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.domain.ItemFinding;
import ocop.assessment.domain.Mau03Report;
import ocop.assessment.domain.WardAssessment;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.IssuedDocument;
import ocop.dossier.DossierSummary;
import ocop.dossier.WardItem;
import ocop.registry.ProducerView;
import ocop.registry.RegistryApi;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ward's report in the layout of Mẫu 03 (báo cáo đánh giá): drafted by the officer from the complete assessment
 * (a new draft, or the existing draft revised; a new one again once a draft was discarded), issued by the leader;
 * issuing moves the dossier to {@code REPORT_ISSUED} ({@link DocumentIssuedListener}).
 */
@Service
public class ReportService {

    private final AssessmentService assessments;
    private final AssessmentRepository repository;
    private final DossierPort dossiers;
    private final DocumentsApi documents;
    private final RegistryApi registry;
    private final ProducerStatements statements;
    private final OpinionReader opinions;
    private final WardBodies wards;
    private final AssessmentSettings settings;
    private final LabelSource labels;
    private final AssessmentNotices notices;

    ReportService(AssessmentService assessments, AssessmentRepository repository, DossierPort dossiers,
                  DocumentsApi documents, RegistryApi registry, ProducerStatements statements, OpinionReader opinions,
                  WardBodies wards, AssessmentSettings settings, LabelSource labels, AssessmentNotices notices) {
        this.assessments = assessments;
        this.repository = repository;
        this.dossiers = dossiers;
        this.documents = documents;
        this.registry = registry;
        this.statements = statements;
        this.opinions = opinions;
        this.wards = wards;
        this.settings = settings;
        this.labels = labels;
        this.notices = notices;
    }

    /** Drafts (or redrafts) the Mẫu 03 report of a dossier; 400 naming what the assessment still lacks. */
    @Transactional
    public DocumentView draft(long dossierId) {
        CurrentUser me = assessments.reader();
        if (!AssessmentPermissions.mayAssess(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế soạn báo cáo Mẫu 03.");
        }
        DossierSummary d = dossiers.get(dossierId);
        if (!WardAssessment.editableIn(d.status())) {
            throw new ConflictException(null, "Báo cáo Mẫu 03 chỉ soạn khi hồ sơ đang được đánh giá tại phường.");
        }
        WardAssessment a = assessments.load(dossierId);
        if (!a.complete()) {
            throw new InvalidInputException(a.missingForReport());
        }
        DocumentDraft draft = Mau03Report.draft(wards.of(d.unitCode()), producer(d), items(d, a));
        AssessmentRow row = repository.find(dossierId).orElseThrow();
        if (row.reportDocumentId() != null) {
            DocumentView existing = documents.get(row.reportDocumentId());
            if (existing.draft()) {
                return documents.reviseDraft(existing.id(), withVersion(draft, existing.version()));
            }
            if (!existing.discarded()) {
                throw new ConflictException(null, "Báo cáo Mẫu 03 của hồ sơ này đã được ban hành.");
            }
            // a discarded draft (its link not dropped yet): a new draft takes its place below
        }
        DocumentView created = documents.createDraft(draft);
        repository.setReport(dossierId, created.id());
        notices.reportToIssue(d.unitCode(), dossierId, d.productName());
        return created;
    }

    /** Issues the drafted report (the leader); the dossier moves to REPORT_ISSUED in the same transaction. */
    @Transactional
    public IssuedDocument issue(long dossierId) {
        assessments.reader();
        dossiers.get(dossierId);
        Long documentId = repository.find(dossierId).map(AssessmentRow::reportDocumentId).orElse(null);
        if (documentId == null) {
            throw new NotFoundException("Hồ sơ " + dossierId + " chưa có dự thảo báo cáo Mẫu 03.");
        }
        return documents.issue(documentId);
    }

    private Mau03Report.Producer producer(DossierSummary d) {
        ProducerView p = registry.producer(d.producerId()).orElse(null);
        if (p == null) {
            return new Mau03Report.Producer(d.producerName(), null, null, null, null, null, null, d.productName(),
                    d.registrationNo());
        }
        String address = p.street() == null ? null : p.street()
                + (p.neighbourhoodName() == null ? "" : ", " + p.neighbourhoodName())
                + ", " + wards.of(p.unitCode()).unitName();
        return new Mau03Report.Producer(p.name(), labels.label(p.type().labelKey()), address, p.representativeName(),
                p.representativeGender() == null ? null : labels.label(p.representativeGender().labelKey()),
                p.representativeEthnicity(), p.representativeAddress(), d.productName(), d.registrationNo());
    }

    private List<Mau03Report.Item> items(DossierSummary d, WardAssessment a) {
        Map<WardItem, ItemContext> contexts = statements.of(d);
        Map<WardItem, List<String>> said = opinions.linesFor(d.id());
        List<Mau03Report.Item> out = new ArrayList<>();
        for (ItemFinding f : a.items()) {
            ItemContext c = contexts.get(f.item());
            out.add(new Mau03Report.Item(f.item(), c.producerDescription(), c.selfAssessmentText(), f.findings(),
                    f.evidenceNote(), settings.conclusions().label(f.conclusion()),
                    said.getOrDefault(f.item(), List.of())));
        }
        return out;
    }

    static DocumentDraft withVersion(DocumentDraft d, int version) {
        return new DocumentDraft(d.type(), d.subject(), d.recipients(), d.bases(), d.preamble(), d.sections(),
                d.copyTo(), d.secretary(), d.signerId(), d.replaces(), d.unitCode(), version);
    }
}
