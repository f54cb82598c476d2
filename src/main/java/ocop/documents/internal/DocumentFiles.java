package ocop.documents.internal;

import ocop.access.CurrentUser;
import ocop.documents.DocumentStatus;
import ocop.documents.RenderedFile;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.OutgoingDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files and preview of a document (tệp và bản xem trước): an issued document's stored PDF and DOCX exactly as issued;
 * a draft (or a discarded one) rendered on request under today's settings.
 */
@Service
public class DocumentFiles {

    private final DocumentRepository repository;
    private final DocumentReader reader;
    private final DocumentRendering rendering;

    DocumentFiles(DocumentRepository repository, DocumentReader reader, DocumentRendering rendering) {
        this.repository = repository;
        this.reader = reader;
        this.rendering = rendering;
    }

    @Transactional
    public RenderedFile pdf(long id) {
        return file(id, "PDF", RenderedFile.PDF, "pdf");
    }

    @Transactional
    public RenderedFile docx(long id) {
        return file(id, "DOCX", RenderedFile.DOCX, "docx");
    }

    /** The HTML preview (the sheet in the official layout). */
    @Transactional
    public String previewHtml(long id) {
        DocumentRow row = reader.readable(id, reader.user());
        return rendering.previewHtml(rendering.compose(DocumentReader.domain(row), rendering.frame(row)));
    }

    private RenderedFile file(long id, String format, String contentType, String extension) {
        DocumentRow row = reader.readable(id, reader.user());
        String name = fileName(row) + "." + extension;
        if (row.status() == DocumentStatus.ISSUED || row.status() == DocumentStatus.REPLACED) {
            byte[] stored = repository.file(id, format)
                    .orElseThrow(() -> new IllegalStateException("Văn bản " + id + " thiếu tệp " + format));
            return new RenderedFile(name, contentType, stored, IssuingService.sha256(stored));
        }
        OutgoingDocument doc = DocumentReader.domain(row);
        IssuingFrame frame = rendering.frame(row);
        ComposedDocument composed = rendering.compose(doc, frame);
        String title = "Dự thảo " + doc.content().type().label().toLowerCase(java.util.Locale.forLanguageTag("vi")) + ": " + doc.content().subject();
        byte[] bytes = "PDF".equals(format) ? rendering.pdf(composed, title, frame) : rendering.docx(composed, title, frame);
        return new RenderedFile(name, contentType, bytes, IssuingService.sha256(bytes));
    }

    /** "05-BC-UBND", "05-QD-UBND", or "du-thao-12" for a draft: plain ASCII, safe in every browser. */
    static String fileName(DocumentRow row) {
        if (row.numberText() == null) {
            return "du-thao-" + row.id();
        }
        return row.numberText().replace('/', '-').replace("Đ", "D").replace("đ", "d").replaceAll("[^A-Za-z0-9-]", "");
    }
}
