package ocop.documents.internal.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.LayoutRules;

/**
 * The document as PDF (văn bản PDF): the XHTML of {@link HtmlRenderer} on an A4 page with the Nghị định 30 margins,
 * typeset by openhtmltopdf with Liberation Serif embedded (subset, Identity-H), so every Vietnamese letter prints.
 */
public final class PdfRenderer {

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfRenderer() {
    }

    public static byte[] render(ComposedDocument doc, String title, String author) {
        String html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">"
                + "<head><meta charset=\"UTF-8\"/><title>" + HtmlRenderer.esc(title) + "</title>"
                + "<meta name=\"author\" content=\"" + HtmlRenderer.esc(author) + "\"/>"
                + "<style>" + DocumentCss.page() + DocumentCss.sheet() + "</style></head><body>"
                + HtmlRenderer.sheet(doc) + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Fonts.Face face : Fonts.Face.values()) {
                byte[] bytes = Fonts.bytes(face);
                boolean bold = face == Fonts.Face.BOLD || face == Fonts.Face.BOLD_ITALIC;
                boolean italic = face == Fonts.Face.ITALIC || face == Fonts.Face.BOLD_ITALIC;
                builder.useFont(() -> new ByteArrayInputStream(bytes), LayoutRules.PDF_FONT_FAMILY, bold ? 700 : 400,
                        italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
