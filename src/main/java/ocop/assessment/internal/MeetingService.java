package ocop.assessment.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.domain.MeetingDocuments;
import ocop.assessment.domain.MeetingProduct;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import ocop.system.VietnameseText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chairman's meeting with the ward's units (họp lấy ý kiến các đơn vị, Điều 7.2.a): the officer sets it up with
 * the products being assessed and the invitation (GM) is drafted; units record their opinions (or the officer for
 * them) until the minutes (BB), drafted from those opinions, are issued.
 */
@Service
public class MeetingService {

    static final int LIST_LIMIT = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final MeetingRepository repository;
    private final DossierPort dossiers;
    private final DocumentsApi documents;
    private final WardBodies wards;
    private final AssessmentSettings settings;
    private final AccessApi access;
    private final AssessmentNotices notices;

    MeetingService(MeetingRepository repository, DossierPort dossiers, DocumentsApi documents, WardBodies wards,
                   AssessmentSettings settings, AccessApi access, AssessmentNotices notices) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.documents = documents;
        this.wards = wards;
        this.settings = settings;
        this.access = access;
        this.notices = notices;
    }

    /** A new meeting: when, where, who chairs, the units invited and the dossiers on the agenda. */
    public record Input(LocalDateTime heldAt, String place, String chair, List<String> units, List<Long> dossierIds) {
    }

    @Transactional
    public MeetingView create(Input in) {
        CurrentUser me = manager();
        List<FieldError> errors = new ArrayList<>();
        String place = required(in.place(), "place", "Nhập địa điểm họp.", errors);
        String chair = required(in.chair(), "chair",
                "Nhập người chủ trì (Chủ tịch hoặc Phó Chủ tịch UBND phường).", errors);
        List<String> units = in.units() == null ? List.of() : in.units().stream().map(VietnameseText::nfc)
                .filter(u -> u != null && !u.isEmpty()).distinct().toList();
        if (in.heldAt() == null) {
            errors.add(new FieldError("heldAt", "Chọn thời gian họp."));
        }
        if (units.isEmpty()) {
            errors.add(new FieldError("units", "Nhập ít nhất một đơn vị được mời."));
        }
        List<Long> ids = in.dossierIds() == null ? List.of() : in.dossierIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            errors.add(new FieldError("dossierIds", "Chọn ít nhất một hồ sơ đang đánh giá."));
        }
        List<DossierSummary> agenda = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            DossierSummary d = dossiers.get(ids.get(i));
            if (d.status() != DossierStatus.WARD_ASSESSMENT) {
                errors.add(new FieldError("dossierIds[" + i + "]", "Hồ sơ " + d.productName()
                        + " không ở bước «Đang đánh giá tại phường»."));
            } else if (!agenda.isEmpty() && !agenda.get(0).unitCode().equals(d.unitCode())) {
                errors.add(new FieldError("dossierIds[" + i + "]", "Các hồ sơ của một cuộc họp phải cùng một phường."));
            }
            agenda.add(d);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String unit = agenda.get(0).unitCode();
        long id = repository.insert(unit, wards.provinceCode(unit), in.heldAt(), place, chair, units, ids,
                me.username());
        drafted(id, null, MeetingDocuments.invitation(wards.of(unit), facts(load(id, me))), true);
        notices.invited(unit, id, in.heldAt().format(WHEN));
        return view(id);
    }

    /** Redrafts the invitation from the meeting's data (while it is a draft). */
    @Transactional
    public DocumentView invitation(long id) {
        CurrentUser me = manager();
        MeetingRow m = load(id, me);
        return drafted(id, m.invitationDocumentId(), MeetingDocuments.invitation(wards.of(m.unitCode()), facts(m)),
                true);
    }

    /** Drafts (or redrafts) the minutes from the opinions recorded; the officer is the secretary. */
    @Transactional
    public DocumentView minutes(long id) {
        CurrentUser me = manager();
        MeetingRow m = load(id, me);
        DocumentDraft draft = MeetingDocuments.minutes(wards.of(m.unitCode()), facts(m), repository.opinions(id),
                settings.conclusions(), me.fullName());
        return drafted(id, m.minutesDocumentId(), draft, false);
    }

    @Transactional(readOnly = true)
    public MeetingView view(long id) {
        CurrentUser me = reader();
        return view(load(id, me), me);
    }

    @Transactional(readOnly = true)
    public List<MeetingView> list() {
        CurrentUser me = reader();
        return repository.list(me.scope(), LIST_LIMIT).stream().map(m -> view(m, me)).toList();
    }

    private MeetingView view(MeetingRow m, CurrentUser me) {
        return new MeetingView(m.id(), m.heldAt(), m.place(), m.chair(), m.units(), facts(m).products(),
                repository.opinions(m.id()), ref(m.invitationDocumentId()), ref(m.minutesDocumentId()),
                AssessmentPermissions.mayAssess(me), AssessmentPermissions.mayGiveOpinion(me),
                AssessmentPermissions.recordsForOthers(me));
    }

    MeetingRow load(long id, CurrentUser me) {
        return repository.find(id, me.scope())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy cuộc họp " + id + "."));
    }

    MeetingDocuments.Facts facts(MeetingRow m) {
        List<MeetingProduct> products = m.dossierIds().stream().map(dossiers::get)
                .map(d -> new MeetingProduct(d.id(), d.productName(), d.producerName(), d.registrationNo())).toList();
        return new MeetingDocuments.Facts(m.heldAt(), m.place(), m.chair(), m.units(), products);
    }

    CurrentUser reader() {
        CurrentUser me = access.currentUser();
        if (!AssessmentPermissions.mayReadMeetings(me)) {
            throw new ForbiddenException("Tài khoản này không xem được các cuộc họp đánh giá của phường.");
        }
        return me;
    }

    private CurrentUser manager() {
        CurrentUser me = reader();
        if (!AssessmentPermissions.mayAssess(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế chuẩn bị cuộc họp và soạn giấy mời, biên bản.");
        }
        return me;
    }

    private DocumentView drafted(long meetingId, Long existingId, DocumentDraft draft, boolean invitation) {
        if (existingId != null) {
            DocumentView existing = documents.get(existingId);
            if (existing.draft()) {
                return documents.reviseDraft(existingId, ReportService.withVersion(draft, existing.version()));
            }
            if (!existing.discarded()) {
                throw new ConflictException(null, (invitation ? "Giấy mời" : "Biên bản") + " đã được ban hành.");
            }
            // a discarded draft (its link not dropped yet): a new draft takes its place below
        }
        DocumentView created = documents.createDraft(draft);
        if (invitation) {
            repository.setInvitation(meetingId, created.id());
        } else {
            repository.setMinutes(meetingId, created.id());
        }
        return created;
    }

    /** The meeting's document, or none when there is none or its draft was discarded. */
    private MeetingView.DocumentRef ref(Long documentId) {
        if (documentId == null) {
            return null;
        }
        DocumentView d = documents.get(documentId);
        if (d.discarded()) {
            return null;
        }
        return new MeetingView.DocumentRef(d.id(), d.status().name(), d.number());
    }

    static String required(String raw, String field, String message, List<FieldError> errors) {
        String s = VietnameseText.nfc(raw);
        if (s == null || s.isEmpty()) {
            errors.add(new FieldError(field, message));
            return null;
        }
        return s;
    }
}
