package ocop.documents.internal;

import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.documents.DocumentView;
import ocop.documents.domain.DocumentNumber;
import ocop.documents.domain.DocumentPermissions;
import ocop.documents.domain.OutgoingDocument;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads documents for the signed-in user (đọc văn bản trong phạm vi): producers are refused (403), documents outside
 * the user's unit or province are not found (404, no hint that they exist), and rows map to views and the domain.
 */
@Component
class DocumentReader {

    private final DocumentRepository repository;
    private final AccessApi access;

    DocumentReader(DocumentRepository repository, AccessApi access) {
        this.repository = repository;
        this.access = access;
    }

    CurrentUser user() {
        CurrentUser me = access.currentUser();
        if (!DocumentPermissions.mayUseRegister(me)) {
            throw new ForbiddenException("Chủ thể OCOP không xem được sổ văn bản của UBND phường.");
        }
        return me;
    }

    DocumentRow readable(long id, CurrentUser me) {
        return repository.find(id).filter(r -> DocumentPermissions.mayRead(me, r.unitCode(), r.provinceCode()))
                .orElseThrow(() -> notFound(id));
    }

    /** Like {@link #readable} but locks the row for the rest of the transaction. */
    DocumentRow lockedReadable(long id, CurrentUser me) {
        return repository.lock(id).filter(r -> DocumentPermissions.mayRead(me, r.unitCode(), r.provinceCode()))
                .orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Không tìm thấy văn bản " + id + ".");
    }

    static OutgoingDocument domain(DocumentRow r) {
        DocumentNumber number = r.sequence() == null ? null : new DocumentNumber(r.sequence(), r.symbol());
        return OutgoingDocument.restore(r.id(), r.unitCode(), ContentJson.content(r.contentJson()), r.signerId(),
                r.replacesId(), r.status(), number, r.issuedOn(), r.replacedById());
    }

    static DocumentView view(DocumentRow r) {
        return new DocumentView(r.id(), r.unitCode(), r.type(), r.status(), r.subject(), r.numberText(), r.issuedOn(),
                r.issuedBy(), r.signerId(), r.signerName(), r.replacesId(), r.replacedById(), r.pdfSha256(),
                r.createdBy(), r.createdAt(), r.version(), ContentJson.content(r.contentJson()),
                r.discardedAt() == null ? null
                        : new DocumentView.Discard(r.discardReason(), r.discardedBy(), r.discardedAt()));
    }
}
