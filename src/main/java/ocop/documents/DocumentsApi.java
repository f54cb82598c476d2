package ocop.documents;

import ocop.system.PageSlice;

/**
 * What other modules ask of documents (văn bản): draft a document from structured content, read it, issue it and
 * get its files, or discard a draft. Every call acts as the signed-in user: drafting needs a ward officer (or an admin),
 * issuing a ward leader; documents outside the user's unit are not found.
 */
public interface DocumentsApi {

    /** Creates a draft (dự thảo) for the user's unit; 400 on bad content, 403 for roles that may not draft. */
    DocumentView createDraft(DocumentDraft draft);

    /** Revises a draft; 409 once it is issued or when {@code draft.version()} is stale. */
    DocumentView reviseDraft(long id, DocumentDraft draft);

    DocumentView get(long id);

    PageSlice<DocumentSummary> search(DocumentFilter filter, Integer page, Integer size);

    /** Issues (ban hành) a draft: next number of the register, today's date, PDF stored with its SHA-256. */
    IssuedDocument issue(long id);

    /**
     * Discards (hủy) a draft: by a ward officer, an admin or the ward leader of its unit; {@code reason} is required
     * (400 naming {@code reason}); 409 once it is issued or discarded, or when {@code version} is stale. Audited;
     * publishes {@link DocumentDiscarded}.
     */
    DocumentView discard(long id, String reason, int version);

    /** The PDF: the stored one once issued, a rendering of the draft before. */
    RenderedFile pdf(long id);

    /** The DOCX: the stored one once issued, a rendering of the draft before. */
    RenderedFile docx(long id);
}
