package ocop.documents.internal.render;

import static ocop.documents.domain.LayoutRules.*;

import java.util.List;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.ComposedDocument.SignatureBlock;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The end of the document in DOCX (phần cuối văn bản): a borderless two-column table, "Nơi nhận:" (12 pt bold
 * italic) and its list (11 pt) on the left, the signature block on the right (authority lines bold, space for the
 * signature and seal, the name bold). Minutes put the secretary left and the chair right, "Nơi nhận" below.
 */
final class DocxClosing {

    private DocxClosing() {
    }

    static void write(XWPFDocument docx, ComposedDocument doc) {
        int[] widths = DocxKit.split(TEXT_WIDTH_MM, CLOSING_LEFT_SHARE);
        boolean minutes = doc.secretary() != null;
        XWPFTable table = docx.createTable(minutes ? 2 : 1, 2);
        DocxKit.layout(table, widths, false);
        table.getRows().forEach(r -> r.setCantSplitRow(true));
        if (minutes) {
            signature(table.getRow(0).getCell(0), doc.secretary());
            signature(table.getRow(0).getCell(1), doc.signature());
            recipients(table.getRow(1).getCell(0), doc.distribution());
            DocxKit.next(table.getRow(1).getCell(1), true);
        } else {
            recipients(table.getRow(0).getCell(0), doc.distribution());
            signature(table.getRow(0).getCell(1), doc.signature());
        }
    }

    private static void recipients(XWPFTableCell cell, List<String> lines) {
        XWPFParagraph label = DocxKit.line(DocxKit.next(cell, true), ComposedDocument.DISTRIBUTION_LABEL,
                ParagraphAlignment.LEFT, RECIPIENTS_LABEL_PT, true, true);
        DocxKit.format(label, ParagraphAlignment.LEFT, 6, 0, DocxKit.SINGLE);
        label.getCTP().getPPr().addNewKeepNext();
        for (String line : lines) {
            DocxKit.line(cell.addParagraph(), line, ParagraphAlignment.LEFT, RECIPIENTS_PT, false, false);
        }
    }

    private static void signature(XWPFTableCell cell, SignatureBlock block) {
        boolean first = true;
        for (String line : block.lines()) {
            XWPFParagraph p = DocxKit.line(DocxKit.next(cell, first), line, ParagraphAlignment.CENTER, SIGNATURE_PT, true,
                    false);
            if (first) {
                DocxKit.format(p, ParagraphAlignment.CENTER, 6, 0, DocxKit.SINGLE);
            }
            first = false;
        }
        XWPFParagraph name = DocxKit.line(DocxKit.next(cell, first), block.name(), ParagraphAlignment.CENTER,
                SIGNATURE_PT, true, false);
        DocxKit.format(name, ParagraphAlignment.CENTER, SIGNATURE_SPACE_MM * 72 / 25.4, 0, DocxKit.SINGLE);
    }
}
