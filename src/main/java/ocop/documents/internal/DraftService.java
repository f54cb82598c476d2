package ocop.documents.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentView;
import ocop.documents.domain.DocumentPermissions;
import ocop.documents.domain.DraftRules;
import ocop.documents.domain.OutgoingDocument;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts (dự thảo văn bản): ward officers and admins create and revise them for their unit; checked, NFC-normalised,
 * audited. Numbers are never given here: only issuing assigns them.
 */
@Service
public class DraftService {

    static final String ENTITY = "document";

    private final DocumentRepository repository;
    private final DocumentReader reader;
    private final SettingsService settings;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    DraftService(DocumentRepository repository, DocumentReader reader, SettingsService settings, AccessApi access,
                 AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.reader = reader;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DocumentView create(DocumentDraft draft) {
        CurrentUser me = mayDraft();
        String unitCode = unitFor(me, draft.unitCode());
        AdministrativeUnit unit = access.unit(unitCode)
                .filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE)
                .orElseThrow(() -> new InvalidInputException("unitCode", "Đơn vị ban hành phải là một phường, xã."));
        DocumentContent content = DraftRules.validate(draft);
        settings.forUnit(unitCode);
        Long signerId = signer(unitCode, draft.signerId());
        if (draft.replaces() != null) {
            OutgoingDocument.checkReplaceable(DocumentReader.domain(reader.readable(draft.replaces(), me)), unitCode);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insertDraft(unitCode, unit.provinceCode(), content.type(), content.subject(),
                ContentJson.write(content), signerId, draft.replaces(), now.getYear(), me.username(), now);
        DocumentView view = DocumentReader.view(reader.readable(id, me));
        audit.record(ENTITY, id, unitCode, AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    public DocumentView revise(long id, DocumentDraft draft) {
        CurrentUser me = reader.user();
        DocumentRow row = reader.readable(id, me);
        mayDraft();
        OutgoingDocument doc = DocumentReader.domain(row);
        DocumentContent content = DraftRules.validate(draft);
        Long signerId = signer(row.unitCode(), draft.signerId());
        doc.revise(content, signerId);
        int version = draft.version() == null ? row.version() : draft.version();
        if (!repository.reviseDraft(id, version, content.subject(), ContentJson.write(content), signerId,
                OffsetDateTime.now(clock))) {
            throw new ConflictException("version", "Dự thảo vừa được người khác sửa hoặc đã được ban hành. "
                    + "Hãy tải lại trang rồi nhập lại thay đổi.");
        }
        DocumentView after = DocumentReader.view(reader.readable(id, me));
        audit.record(ENTITY, id, row.unitCode(), AuditAction.UPDATE, DocumentReader.view(row), after);
        return after;
    }

    private CurrentUser mayDraft() {
        CurrentUser me = reader.user();
        if (!DocumentPermissions.mayDraft(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế hoặc quản trị viên được soạn, sửa dự thảo văn bản.");
        }
        return me;
    }

    private static String unitFor(CurrentUser me, String requested) {
        if (requested == null || requested.isBlank() || requested.equals(me.unitCode())) {
            return me.unitCode();
        }
        if (!me.is(Role.ADMIN)) {
            throw new ForbiddenException("Bạn chỉ soạn văn bản cho đơn vị của mình.");
        }
        return requested.strip();
    }

    private Long signer(String unitCode, Long requested) {
        if (requested == null) {
            return null;
        }
        return settings.forUnit(unitCode).signer(requested).map(SignerRecord::id)
                .orElseThrow(() -> new InvalidInputException("signerId", "Người ký không có trong thiết lập của đơn vị."));
    }
}
