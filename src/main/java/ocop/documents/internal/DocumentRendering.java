package ocop.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.Composer;
import ocop.documents.domain.DocumentNumber;
import ocop.documents.domain.OutgoingDocument;
import ocop.documents.internal.render.DocxRenderer;
import ocop.documents.internal.render.HtmlRenderer;
import ocop.documents.internal.render.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders documents (kết xuất văn bản): lays one out with its template and frame — the frozen one once issued, the
 * current settings for a draft — and prints it as the HTML preview, PDF or DOCX.
 */
@Component
public class DocumentRendering {

    private final TemplateCatalog templates;
    private final SettingsService settings;
    private final Clock clock;

    DocumentRendering(TemplateCatalog templates, SettingsService settings, Clock clock) {
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    /** The frame a document is rendered under: frozen at issue, or today's settings and the chosen signer. */
    IssuingFrame frame(DocumentRow row) {
        IssuingFrame frozen = ContentJson.frame(row.frameJson());
        if (frozen != null) {
            return frozen;
        }
        IssuingSettings current = settings.forUnit(row.unitCode());
        return new IssuingFrame(current.body(),
                current.signer(row.signerId()).map(SignerRecord::toSigner).orElse(null));
    }

    ComposedDocument compose(OutgoingDocument doc, IssuingFrame frame) {
        DocumentNumber number = doc.number();
        LocalDate on = doc.issuedOn();
        int year = on != null ? on.getYear() : LocalDate.now(clock).getYear();
        return Composer.compose(templates.of(doc.content().type()), frame.body(), frame.signer(), doc.content(), number,
                on, year);
    }

    public String previewHtml(ComposedDocument doc) {
        return HtmlRenderer.sheet(doc);
    }

    public byte[] pdf(ComposedDocument doc, String title, IssuingFrame frame) {
        return PdfRenderer.render(doc, title, author(frame));
    }

    public byte[] docx(ComposedDocument doc, String title, IssuingFrame frame) {
        return DocxRenderer.render(doc, title, author(frame));
    }

    private static String author(IssuingFrame frame) {
        return String.join(" ", frame.body().nameLines());
    }
}
