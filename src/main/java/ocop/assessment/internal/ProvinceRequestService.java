package ocop.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.domain.ProvinceRequestDocument;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.IssuedDocument;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request to the province (văn bản đề nghị đánh giá, phân hạng gửi UBND tỉnh, Điều 7.2.b): the officer drafts one
 * for one or more dossiers whose Mẫu 03 report was issued; the leader issues it and every dossier listed moves to
 * {@code SENT_TO_PROVINCE} ({@link DocumentIssuedListener}).
 */
@Service
public class ProvinceRequestService {

    static final int LIST_LIMIT = 200;

    private final ProvinceRequestRepository repository;
    private final AssessmentRepository assessments;
    private final DossierPort dossiers;
    private final DocumentsApi documents;
    private final WardBodies wards;
    private final AssessmentSettings settings;
    private final LabelSource labels;
    private final AccessApi access;
    private final AssessmentNotices notices;

    ProvinceRequestService(ProvinceRequestRepository repository, AssessmentRepository assessments, DossierPort dossiers,
                           DocumentsApi documents, WardBodies wards, AssessmentSettings settings, LabelSource labels,
                           AccessApi access, AssessmentNotices notices) {
        this.repository = repository;
        this.assessments = assessments;
        this.dossiers = dossiers;
        this.documents = documents;
        this.wards = wards;
        this.settings = settings;
        this.labels = labels;
        this.access = access;
        this.notices = notices;
    }

    @Transactional
    public ProvinceRequestView create(List<Long> dossierIds) {
        CurrentUser me = reader();
        if (!AssessmentPermissions.mayAssess(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế soạn văn bản đề nghị gửi tỉnh.");
        }
        List<Long> ids = dossierIds == null ? List.of() : dossierIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new InvalidInputException("dossierIds", "Chọn ít nhất một hồ sơ đã ban hành báo cáo Mẫu 03.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<ProvinceRequestDocument.Line> lines = new ArrayList<>();
        List<DossierSummary> listed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            DossierSummary d = dossiers.get(ids.get(i));
            String at = "dossierIds[" + i + "]";
            DocumentView report = assessments.find(d.id()).map(AssessmentRow::reportDocumentId).map(documents::get)
                    .orElse(null);
            if (d.status() != DossierStatus.REPORT_ISSUED || report == null || !report.issued()) {
                errors.add(new FieldError(at, "Hồ sơ " + d.productName() + " chưa ở bước «Đã ban hành báo cáo»."));
            } else if (!listed.isEmpty() && !listed.get(0).unitCode().equals(d.unitCode())) {
                errors.add(new FieldError(at, "Các hồ sơ của một văn bản đề nghị phải cùng một phường."));
            } else if (pendingRequest(d.id())) {
                errors.add(new FieldError(at, "Hồ sơ " + d.productName()
                        + " đã có trong một văn bản đề nghị chưa ban hành."));
            } else {
                listed.add(d);
                lines.add(new ProvinceRequestDocument.Line(d.productName(), d.producerName(),
                        labels.label(d.kind().labelKey()), d.registrationNo(), report.number(), report.issuedOn()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String unit = listed.get(0).unitCode();
        int year = listed.stream().mapToInt(DossierSummary::year).max().orElseThrow();
        DocumentView doc = documents.createDraft(ProvinceRequestDocument.draft(settings.provinceRequestType(),
                wards.of(unit), year, lines));
        long id = repository.insert(unit, wards.provinceCode(unit), settings.provinceRequestType().name(), doc.id(),
                year, listed.stream().map(DossierSummary::id).toList(), me.username());
        notices.requestToIssue(unit, listed.size());
        return view(id);
    }

    /** Issues the request (the leader); the dossiers it lists move to SENT_TO_PROVINCE in the same transaction. */
    @Transactional
    public IssuedDocument issue(long id) {
        CurrentUser me = reader();
        ProvinceRequestRepository.Row r = load(id, me);
        return documents.issue(r.documentId());
    }

    @Transactional(readOnly = true)
    public ProvinceRequestView view(long id) {
        return view(load(id, reader()));
    }

    @Transactional(readOnly = true)
    public List<ProvinceRequestView> list() {
        return repository.list(reader().scope(), LIST_LIMIT).stream().map(this::view)
                .filter(r -> !DocumentStatus.DISCARDED.name().equals(r.documentStatus())).toList();
    }

    private ProvinceRequestView view(ProvinceRequestRepository.Row r) {
        DocumentView doc = documents.get(r.documentId());
        List<ProvinceRequestView.Product> products = r.dossierIds().stream().map(dossiers::get)
                .map(d -> new ProvinceRequestView.Product(d.id(), d.productName(), d.producerName(), d.status().name()))
                .toList();
        return new ProvinceRequestView(r.id(), r.documentType(), r.documentId(), doc.status().name(), doc.number(),
                doc.issuedOn(), r.year(), products);
    }

    private boolean pendingRequest(long dossierId) {
        return repository.forDossier(dossierId).stream()
                .anyMatch(r -> documents.get(r.documentId()).status() == DocumentStatus.DRAFT);
    }

    private ProvinceRequestRepository.Row load(long id, CurrentUser me) {
        return repository.find(id, me.scope())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản đề nghị " + id + "."));
    }

    CurrentUser reader() {
        CurrentUser me = access.currentUser();
        if (!AssessmentPermissions.mayReadMeetings(me)) {
            throw new ForbiddenException("Tài khoản này không xem được văn bản đề nghị gửi tỉnh.");
        }
        return me;
    }
}
