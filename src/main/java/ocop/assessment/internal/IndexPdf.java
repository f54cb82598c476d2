package ocop.assessment.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import ocop.system.VietnameseText;

/**
 * The index of the dossier package (mục lục hồ sơ gửi tỉnh) as a one-table PDF: the dossier's facts, then every file
 * of the ZIP with what it is and its SHA-256, so the province can check that nothing is missing or altered. Set in
 * the serif the documents module embeds (Liberation Serif, full Vietnamese coverage).
 */
final class IndexPdf {

    /** A line of the index: the file's name in the ZIP, what it is, its SHA-256. */
    record Entry(String fileName, String description, String sha256) {
    }

    private static final String FONT_DIR = "documents/fonts/";

    private IndexPdf() {
    }

    static byte[] render(String title, List<String> facts, List<Entry> entries) {
        StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(title)).append("</title><style>")
                .append("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }")
                .append("body { font-family: 'Serif OCOP'; font-size: 12pt; }")
                .append("h1 { font-size: 14pt; text-align: center; } p { margin: 2pt 0; }")
                .append("table { width: 100%; border-collapse: collapse; margin-top: 8pt; table-layout: fixed; }")
                .append("th, td { border: 0.5pt solid #000; padding: 3pt; vertical-align: top; font-size: 10.5pt; ")
                .append("word-wrap: break-word; }")
                .append("td.sha { font-size: 7pt; font-family: monospace; }")
                .append("</style></head><body><h1>").append(esc(title)).append("</h1>");
        facts.forEach(f -> html.append("<p>").append(esc(f)).append("</p>"));
        html.append("<table><thead><tr><th style=\"width:7%\">STT</th><th style=\"width:40%\">Tệp</th>")
                .append("<th style=\"width:33%\">Nội dung</th><th style=\"width:20%\">SHA-256</th></tr></thead>")
                .append("<tbody>");
        int n = 0;
        for (Entry e : entries) {
            html.append("<tr><td>").append(++n).append("</td><td>").append(esc(e.fileName())).append("</td><td>")
                    .append(esc(e.description())).append("</td><td class=\"sha\">").append(chunked(e.sha256()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            byte[] regular = font("LiberationSerif-Regular.ttf");
            byte[] bold = font("LiberationSerif-Bold.ttf");
            builder.useFont(() -> new ByteArrayInputStream(regular), "Serif OCOP", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), "Serif OCOP", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) throws IOException {
        try (InputStream in = IndexPdf.class.getClassLoader().getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu phông chữ " + FONT_DIR + file);
            }
            return in.readAllBytes();
        }
    }

    /** The hash in lines of 16 hex digits, so it wraps inside its narrow column. */
    private static String chunked(String sha) {
        String s = sha == null ? "" : sha;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i += 16) {
            out.append(i == 0 ? "" : "<br/>").append(esc(s.substring(i, Math.min(s.length(), i + 16))));
        }
        return out.toString();
    }

    private static String esc(String s) {
        String t = s == null ? "" : VietnameseText.nfc(s);
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
