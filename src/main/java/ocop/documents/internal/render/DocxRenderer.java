package ocop.documents.internal.render;

import static ocop.documents.domain.LayoutRules.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import ocop.documents.DocumentTable;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.ComposedDocument.Block;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The document as DOCX (văn bản Word), for officials who edit in Word: A4 portrait, margins 20/20/30/15 mm, Times New
 * Roman named on every run, body 14 pt justified with a 1.27 cm first-line indent and 6 pt after, the page number
 * (PAGE field) centred in the top margin from page 2 (a different, empty first-page header).
 */
public final class DocxRenderer {

    private DocxRenderer() {
    }

    public static byte[] render(ComposedDocument doc, String title, String author) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(docx);
            docx.getProperties().getCoreProperties().setTitle(title);
            docx.getProperties().getCoreProperties().setCreator(author);
            DocxHeaderBlock.write(docx, doc, Rules.of(doc));
            body(docx, doc);
            DocxClosing.write(docx, doc);
            page(docx);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(XWPFDocument docx, ComposedDocument doc) {
        boolean first = true;
        for (String basis : doc.bases()) {
            text(docx, basis, false, true, first);
            first = false;
        }
        for (Block b : doc.body()) {
            switch (b.kind()) {
                case TABLE -> table(docx, b.table());
                case HEADING_1, HEADING_2 -> text(docx, b.display(), true, false, first).getCTP().getPPr().addNewKeepNext();
                case HEADING_3 -> text(docx, b.display(), false, true, first).getCTP().getPPr().addNewKeepNext();
                default -> text(docx, b.display(), false, false, first);
            }
            first = false;
        }
    }

    /** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.15. */
    private static XWPFParagraph text(XWPFDocument docx, String text, boolean bold, boolean italic, boolean first) {
        XWPFParagraph p = DocxKit.format(docx.createParagraph(), ParagraphAlignment.BOTH, first ? 12 : 0,
                SPACE_AFTER_PT, (int) Math.round(LINE_SPACING * DocxKit.SINGLE));
        p.setIndentationFirstLine((int) Math.round(FIRST_LINE_INDENT_CM * 567));
        DocxKit.run(p, text, BODY_PT, bold, italic);
        return p;
    }

    private static void table(XWPFDocument docx, DocumentTable t) {
        int columns = t.columns();
        boolean header = !t.header().isEmpty();
        XWPFTable table = docx.createTable(t.rows().size() + (header ? 1 : 0), columns);
        int total = twips(TEXT_WIDTH_MM);
        int[] widths = new int[columns];
        int weights = t.widths().isEmpty() ? columns : t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < columns; c++) {
            widths[c] = total * (t.widths().isEmpty() ? 1 : t.widths().get(c)) / weights;
        }
        DocxKit.layout(table, widths, true);
        int r = 0;
        if (header) {
            table.getRow(0).setRepeatHeader(true);
            fill(table, 0, t.header(), columns, true);
            r = 1;
        }
        for (List<String> row : t.rows()) {
            fill(table, r++, row, columns, false);
        }
        DocxKit.format(docx.createParagraph(), ParagraphAlignment.LEFT, 0, 0, DocxKit.SINGLE);
    }

    private static void fill(XWPFTable table, int r, List<String> cells, int columns, boolean header) {
        for (int c = 0; c < columns; c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            DocxKit.line(table.getRow(r).getCell(c).getParagraphs().get(0), text,
                    header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, TABLE_PT, header, false);
        }
    }

    /** Default run font and size, and Vietnamese as the proofing language. */
    private static void defaults(XWPFDocument docx) {
        var styles = docx.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT_FAMILY);
        fonts.setHAnsi(FONT_FAMILY);
        fonts.setCs(FONT_FAMILY);
        fonts.setEastAsia(FONT_FAMILY);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
    }

    /** A4 portrait, the margins, and the page-number header from page 2. */
    private static void page(XWPFDocument docx) {
        CTSectPr sect = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(PAGE_HEIGHT_MM)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(HEADER_DISTANCE_MM)));
        margins.setFooter(BigInteger.valueOf(twips(HEADER_DISTANCE_MM)));
        margins.setGutter(BigInteger.ZERO);
        XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
        DocxKit.format(first.createParagraph(), ParagraphAlignment.CENTER, 0, 0, DocxKit.SINGLE);
        XWPFHeader others = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = DocxKit.format(others.createParagraph(), ParagraphAlignment.CENTER, 0, 0, DocxKit.SINGLE);
        field(p, STFldCharType.BEGIN, null);
        field(p, null, " PAGE ");
        field(p, STFldCharType.SEPARATE, null);
        DocxKit.run(p, "2", PAGE_NUMBER_PT, false, false);
        field(p, STFldCharType.END, null);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type, String instruction) {
        XWPFRun r = DocxKit.run(p, null, PAGE_NUMBER_PT, false, false);
        if (type != null) {
            r.getCTR().addNewFldChar().setFldCharType(type);
        } else {
            r.getCTR().addNewInstrText().setStringValue(instruction);
        }
    }
}
