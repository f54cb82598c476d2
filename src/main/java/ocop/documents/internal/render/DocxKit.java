package ocop.documents.internal.render;

import java.math.BigInteger;
import ocop.documents.domain.LayoutRules;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Small helpers to write DOCX paragraphs, runs, rules and tables (công cụ viết DOCX) in the official fonts. */
final class DocxKit {

    /** Word's line rule "auto" in 240ths of a line. */
    static final int SINGLE = 240;

    private DocxKit() {
    }

    /** Formats a paragraph: alignment, spacing before/after in points, line spacing in 240ths of a line. */
    static XWPFParagraph format(XWPFParagraph p, ParagraphAlignment align, double beforePt, double afterPt, int line) {
        p.setAlignment(align);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(Math.round(beforePt * 20)));
        spacing.setAfter(BigInteger.valueOf(Math.round(afterPt * 20)));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        return p;
    }

    /** Appends a run of text in Times New Roman; a {@code null} text leaves the run empty (for field characters). */
    static XWPFRun run(XWPFParagraph p, String text, double pt, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(LayoutRules.FONT_FAMILY);
        r.setFontFamily(LayoutRules.FONT_FAMILY, XWPFRun.FontCharRange.cs);
        r.setFontSize(pt);
        r.setBold(bold);
        r.setItalic(italic);
        if (text != null) {
            r.setText(text);
        }
        return r;
    }

    /** A line of text as its own paragraph, single-spaced, no spacing. */
    static XWPFParagraph line(XWPFParagraph p, String text, ParagraphAlignment align, double pt, boolean bold,
                              boolean italic) {
        format(p, align, 0, 0, SINGLE);
        run(p, text, pt, bold, italic);
        return p;
    }

    /**
     * A horizontal rule of {@code lengthMm}, centred in a space {@code widthMm} wide: an empty 1 pt paragraph whose
     * top border is the rule, narrowed by equal indents.
     */
    static XWPFParagraph rule(XWPFParagraph p, double lengthMm, double widthMm) {
        format(p, ParagraphAlignment.CENTER, 0, 0, SINGLE);
        int side = LayoutRules.twips(Math.max(0, (widthMm - lengthMm) / 2));
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        CTPPr ppr = p.getCTP().getPPr();
        CTBorder top = (ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ZERO);
        top.setColor("000000");
        run(p, "", 1, false, false);
        p.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(2));
        return p;
    }

    /** Fixed layout, the given width, column widths in twips, no borders unless {@code bordered}. */
    static void layout(XWPFTable table, int[] widths, boolean bordered) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTblWidth cw = cell.getCTTc().addNewTcPr().addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widths[c]));
            }
        }
        XWPFTable.XWPFBorderType type = bordered ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NIL;
        int size = bordered ? 4 : 0;
        table.setTopBorder(type, size, 0, "000000");
        table.setBottomBorder(type, size, 0, "000000");
        table.setLeftBorder(type, size, 0, "000000");
        table.setRightBorder(type, size, 0, "000000");
        table.setInsideHBorder(type, size, 0, "000000");
        table.setInsideVBorder(type, size, 0, "000000");
    }

    /** The cell's first paragraph, or a new one after the last. */
    static XWPFParagraph next(XWPFTableCell cell, boolean first) {
        return first ? cell.getParagraphs().get(0) : cell.addParagraph();
    }

    /** Splits a width in twips by shares. */
    static int[] split(double widthMm, double leftShare) {
        int total = LayoutRules.twips(widthMm);
        int left = (int) Math.round(total * leftShare);
        return new int[] {left, total - left};
    }
}
