package ocop.documents.internal.render;

import static ocop.documents.domain.LayoutRules.*;

/**
 * The stylesheet of the official layout (định dạng văn bản), built from {@link ocop.documents.domain.LayoutRules} so
 * the preview, the PDF and the DOCX share one set of sizes. {@link #page()} adds the A4 page, the margins and the page
 * number from page 2 for the PDF.
 */
public final class DocumentCss {

    /** Word's "single" line of Times New Roman is about 1.15 em; the body uses {@code LINE_SPACING} of it. */
    static final double SINGLE_LINE_EM = 1.15;

    private DocumentCss() {
    }

    /** Rules scoped to {@code .vb-sheet}, safe to embed in an application page. */
    public static String sheet() {
        String fonts = "\"" + FONT_FAMILY + "\", \"" + PDF_FONT_FAMILY + "\", Tinos, serif";
        double indent = FIRST_LINE_INDENT_CM * 10;
        return """
                .vb-sheet { font-family: %s; font-size: %spt; line-height: %s; color: #000; text-align: left; }
                .vb-sheet table { border-collapse: collapse; width: 100%%; table-layout: fixed; }
                .vb-sheet td { vertical-align: top; padding: 0; }
                .vb-draft { display: inline-block; border: 1px solid #000; padding: 0 4pt; font-weight: bold; font-size: 12pt; margin-bottom: 6pt; }
                .vb-header td { text-align: center; line-height: %s; }
                .vb-body-name { font-size: %spt; font-weight: bold; }
                .vb-national { font-size: %spt; font-weight: bold; white-space: nowrap; }
                .vb-motto { font-size: %spt; font-weight: bold; white-space: nowrap; }
                .vb-rule { border-top: 0.75pt solid #000; height: 0; margin: 1pt auto 0 auto; padding: 0; }
                .vb-number { font-size: %spt; padding-top: 6pt; }
                .vb-vv { font-size: %spt; margin-top: 6pt !important; }
                .vb-date { font-size: %spt; font-style: italic; padding-top: 6pt; }
                .vb-title { text-align: center; font-weight: bold; font-size: %spt; margin-top: 18pt !important; }
                .vb-subject { text-align: center; font-weight: bold; font-size: %spt; }
                .vb-addressees { margin: 12pt 0 6pt 0; }
                .vb-addressees-one { text-align: center; margin: 12pt 0 6pt 0 !important; }
                .vb-addressees-label { width: 30%%; text-align: right; padding-right: 4pt !important; white-space: nowrap; }
                .vb-sheet p { text-align: justify; text-indent: %smm; margin: 0 0 %spt 0; padding: 0; }
                .vb-body { margin-top: 12pt !important; }
                .vb-heading-1, .vb-heading-2 { font-weight: bold; page-break-after: avoid; }
                .vb-heading-3 { font-style: italic; page-break-after: avoid; }
                .vb-basis { font-style: italic; }
                .vb-sheet .vb-table { width: 99.6%%; margin: 0 0 %spt 0; font-size: %spt; line-height: %s; }
                .vb-table th, .vb-table td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
                .vb-table th { font-weight: bold; text-align: center; }
                .vb-closing { margin-top: 6pt; page-break-inside: avoid; line-height: %s; }
                .vb-recipients-label { font-size: %spt; font-weight: bold; font-style: italic; padding-top: 6pt !important; }
                .vb-recipient { font-size: %spt; }
                .vb-signature, .vb-closing td { text-align: left; }
                .vb-signature div { text-align: center; }
                .vb-sign-line { font-size: %spt; font-weight: bold; }
                .vb-sign-space { height: %smm; }
                .vb-signer { font-size: %spt; font-weight: bold; }
                """.formatted(fonts, BODY_PT, num(LINE_SPACING * SINGLE_LINE_EM), num(SINGLE_LINE_EM), BODY_NAME_PT,
                NATIONAL_NAME_PT, MOTTO_PT, NUMBER_PT, VV_PT, DATE_PT, TITLE_PT, TITLE_PT, num(indent), SPACE_AFTER_PT,
                SPACE_AFTER_PT, TABLE_PT, num(SINGLE_LINE_EM), num(SINGLE_LINE_EM), RECIPIENTS_LABEL_PT, RECIPIENTS_PT,
                SIGNATURE_PT, SIGNATURE_SPACE_MM, SIGNATURE_PT);
    }

    /** The A4 page for the PDF: margins, and the page number centred in the top margin from page 2. */
    public static String page() {
        return """
                @page { size: A4; margin: %smm %smm %smm %smm;
                  @top-center { content: counter(page); font-family: "%s"; font-size: %spt; vertical-align: middle; } }
                @page :first { @top-center { content: none; } }
                body { margin: 0; }
                """.formatted(num(MARGIN_TOP_MM), num(MARGIN_RIGHT_MM), num(MARGIN_BOTTOM_MM), num(MARGIN_LEFT_MM),
                PDF_FONT_FAMILY, PAGE_NUMBER_PT);
    }

    static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.valueOf(Math.round(value * 1000) / 1000.0);
    }
}
