package ocop.documents.internal;

import ocop.documents.DocumentDraft;
import ocop.documents.DocumentFilter;
import ocop.documents.DocumentSummary;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.IssuedDocument;
import ocop.documents.RenderedFile;
import ocop.system.PageSlice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's facade (cổng của mô-đun văn bản): delegates to drafting, issuing, discarding, files and the register. */
@Service
class DefaultDocumentsApi implements DocumentsApi {

    private final DraftService drafts;
    private final IssuingService issuing;
    private final DiscardService discarding;
    private final DocumentFiles files;
    private final DocumentReader reader;
    private final DocumentQueries queries;

    DefaultDocumentsApi(DraftService drafts, IssuingService issuing, DiscardService discarding, DocumentFiles files,
                        DocumentReader reader, DocumentQueries queries) {
        this.drafts = drafts;
        this.issuing = issuing;
        this.discarding = discarding;
        this.files = files;
        this.reader = reader;
        this.queries = queries;
    }

    @Override
    public DocumentView createDraft(DocumentDraft draft) {
        return drafts.create(draft);
    }

    @Override
    public DocumentView reviseDraft(long id, DocumentDraft draft) {
        return drafts.revise(id, draft);
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentView get(long id) {
        return DocumentReader.view(reader.readable(id, reader.user()));
    }

    @Override
    @Transactional(readOnly = true)
    public PageSlice<DocumentSummary> search(DocumentFilter filter, Integer page, Integer size) {
        return queries.search(reader.user().scope(), filter == null ? DocumentFilter.all() : filter,
                PageSlice.clampPage(page), PageSlice.clampSize(size));
    }

    @Override
    public IssuedDocument issue(long id) {
        return issuing.issue(id);
    }

    @Override
    public DocumentView discard(long id, String reason, int version) {
        return discarding.discard(id, reason, version);
    }

    @Override
    public RenderedFile pdf(long id) {
        return files.pdf(id);
    }

    @Override
    public RenderedFile docx(long id) {
        return files.docx(id);
    }
}
