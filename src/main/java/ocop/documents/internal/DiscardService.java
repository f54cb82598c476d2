package ocop.documents.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.documents.DocumentDiscarded;
import ocop.documents.DocumentView;
import ocop.documents.domain.DocumentPermissions;
import ocop.documents.domain.DraftRules;
import ocop.documents.domain.OutgoingDocument;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discarding a draft (hủy dự thảo): a ward officer, an admin or the ward leader throws away a draft of their unit with
 * a reason — the row locked, the version checked, the draft marked {@code DISCARDED} with who, when and why, audited,
 * {@link DocumentDiscarded} published so the modules that linked the draft let go of it.
 */
@Service
public class DiscardService {

    private final DocumentRepository repository;
    private final DocumentReader reader;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscardService(DocumentRepository repository, DocumentReader reader, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reader = reader;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DocumentView discard(long id, String rawReason, int version) {
        CurrentUser me = reader.user();
        DocumentRow row = reader.lockedReadable(id, me);
        if (!DocumentPermissions.mayDiscard(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế, quản trị viên hoặc lãnh đạo UBND phường được hủy "
                    + "dự thảo văn bản.");
        }
        String reason = DraftRules.discardReason(rawReason);
        OutgoingDocument doc = DocumentReader.domain(row);
        doc.discard();
        if (!repository.markDiscarded(id, version, reason, me.username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("version", "Dự thảo vừa được người khác sửa. Hãy tải lại trang, xem lại dự "
                    + "thảo rồi hủy nếu vẫn cần.");
        }
        DocumentView after = DocumentReader.view(reader.readable(id, me));
        audit.record(DraftService.ENTITY, id, row.unitCode(), AuditAction.UPDATE, DocumentReader.view(row), after);
        events.publishEvent(new DocumentDiscarded(id, row.unitCode(), row.type(), reason));
        return after;
    }
}
