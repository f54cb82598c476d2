package ocop.documents.internal.render;

import java.util.List;
import java.util.Locale;
import ocop.documents.DocumentTable;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.ComposedDocument.Block;
import ocop.documents.domain.ComposedDocument.SignatureBlock;
import ocop.documents.domain.LayoutRules;

/**
 * The document as XHTML (văn bản dạng HTML) in the official layout: the preview on the document's page and the
 * source of the PDF. Styles live in {@code documents/document.css}; rule lengths come from {@link Rules}.
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    /** The sheet ({@code <div class="vb-sheet">}) for embedding in a page. */
    public static String sheet(ComposedDocument doc) {
        Rules rules = Rules.of(doc);
        StringBuilder h = new StringBuilder("<div class=\"vb-sheet\">");
        if (doc.draft()) {
            h.append("<div class=\"vb-draft\">").append(ComposedDocument.DRAFT_MARK).append("</div>");
        }
        header(doc, rules, h);
        if (doc.title() != null) {
            div(h, "vb-title", doc.title());
            if (doc.subjectLine() != null) {
                div(h, "vb-subject", doc.subjectLine());
                rule(h, rules.subjectMm());
            }
        }
        addressees(doc.addressees(), h);
        h.append("<div class=\"vb-body\">");
        doc.bases().forEach(b -> p(h, "vb-basis", b));
        for (Block b : doc.body()) {
            if (b.kind() == Block.Kind.TABLE) {
                table(b.table(), h);
            } else {
                p(h, "vb-" + b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), b.display());
            }
        }
        h.append("</div>");
        closing(doc, h);
        return h.append("</div>").toString();
    }

    private static void header(ComposedDocument doc, Rules rules, StringBuilder h) {
        int left = (int) Math.round(LayoutRules.HEADER_LEFT_SHARE * 100);
        h.append("<table class=\"vb-header\"><colgroup><col style=\"width:").append(left).append("%\"/><col style=\"width:")
                .append(100 - left).append("%\"/></colgroup><tr><td class=\"vb-left\">");
        doc.bodyNameLines().forEach(l -> div(h, "vb-body-name", l));
        rule(h, rules.bodyNameMm());
        h.append("</td><td class=\"vb-right\">");
        div(h, "vb-national", doc.nationalName());
        div(h, "vb-motto", doc.motto());
        rule(h, rules.mottoMm());
        h.append("</td></tr><tr><td class=\"vb-left\">");
        div(h, "vb-number", doc.numberLine());
        if (doc.subjectUnderNumber() != null) {
            div(h, "vb-vv", doc.subjectUnderNumber());
        }
        h.append("</td><td class=\"vb-right\">");
        if (doc.dateLine() != null) {
            div(h, "vb-date", doc.dateLine());
        }
        h.append("</td></tr></table>");
    }

    private static void addressees(List<String> lines, StringBuilder h) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            div(h, "vb-addressees-one", ComposedDocument.ADDRESSEES_LABEL + " " + lines.get(0));
            return;
        }
        h.append("<table class=\"vb-addressees\"><tr><td class=\"vb-addressees-label\">")
                .append(ComposedDocument.ADDRESSEES_LABEL).append("</td><td>");
        lines.forEach(l -> div(h, "vb-addressee", l));
        h.append("</td></tr></table>");
    }

    private static void table(DocumentTable t, StringBuilder h) {
        h.append("<table class=\"vb-table\">");
        int columns = t.columns();
        if (!t.widths().isEmpty()) {
            int total = t.widths().stream().mapToInt(Integer::intValue).sum();
            h.append("<colgroup>");
            t.widths().forEach(w -> h.append("<col style=\"width:").append(w * 100 / total).append("%\"/>"));
            h.append("</colgroup>");
        }
        if (!t.header().isEmpty()) {
            h.append("<thead><tr>");
            for (int c = 0; c < columns; c++) {
                h.append("<th>").append(esc(c < t.header().size() ? t.header().get(c) : "")).append("</th>");
            }
            h.append("</tr></thead>");
        }
        h.append("<tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < columns; c++) {
                h.append("<td>").append(esc(c < row.size() ? row.get(c) : "")).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static void closing(ComposedDocument doc, StringBuilder h) {
        int left = (int) Math.round(LayoutRules.CLOSING_LEFT_SHARE * 100);
        h.append("<table class=\"vb-closing\"><colgroup><col style=\"width:").append(left)
                .append("%\"/><col style=\"width:").append(100 - left).append("%\"/></colgroup><tr><td class=\"")
                .append(doc.secretary() != null ? "vb-signature" : "vb-recipients").append("\">");
        if (doc.secretary() != null) {
            signature(doc.secretary(), h);
            h.append("</td><td class=\"vb-signature\">");
            signature(doc.signature(), h);
            h.append("</td></tr><tr><td class=\"vb-recipients\">");
            recipients(doc.distribution(), h);
            h.append("</td><td></td></tr></table>");
            return;
        }
        recipients(doc.distribution(), h);
        h.append("</td><td class=\"vb-signature\">");
        signature(doc.signature(), h);
        h.append("</td></tr></table>");
    }

    private static void recipients(List<String> lines, StringBuilder h) {
        div(h, "vb-recipients-label", ComposedDocument.DISTRIBUTION_LABEL);
        lines.forEach(l -> div(h, "vb-recipient", l));
    }

    private static void signature(SignatureBlock s, StringBuilder h) {
        s.lines().forEach(l -> div(h, "vb-sign-line", l));
        h.append("<div class=\"vb-sign-space\"></div>");
        div(h, "vb-signer", s.name().isEmpty() ? "\u00a0" : s.name());
    }

    private static void rule(StringBuilder h, double mm) {
        if (mm > 0) {
            h.append("<div class=\"vb-rule\" style=\"width:").append(mm).append("mm\"></div>");
        }
    }

    private static void div(StringBuilder h, String css, String text) {
        h.append("<div class=\"").append(css).append("\">").append(esc(text)).append("</div>");
    }

    private static void p(StringBuilder h, String css, String text) {
        h.append("<p class=\"").append(css).append("\">").append(esc(text)).append("</p>");
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\u00a0' -> out.append("&#160;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
