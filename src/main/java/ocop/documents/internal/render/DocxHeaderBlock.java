package ocop.documents.internal.render;

import static ocop.documents.domain.LayoutRules.*;

import java.util.List;
import ocop.documents.domain.ComposedDocument;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The top of page 1 in DOCX (phần đầu văn bản): the borderless two-column header table — body name with its short
 * rule and the number on the left; Quốc hiệu, Tiêu ngữ with its rule and the place-date line on the right — then the
 * type name, the subject with its rule, and "Kính gửi".
 */
final class DocxHeaderBlock {

    private DocxHeaderBlock() {
    }

    static void write(XWPFDocument docx, ComposedDocument doc, Rules rules) {
        if (doc.draft()) {
            XWPFParagraph mark = DocxKit.format(docx.createParagraph(), ParagraphAlignment.LEFT, 0, 6, DocxKit.SINGLE);
            mark.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            mark.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            mark.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            mark.setBorderRight(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            mark.setIndentationRight(twips(TEXT_WIDTH_MM - 25));
            DocxKit.run(mark, ComposedDocument.DRAFT_MARK, 12, true, false);
        }
        int[] widths = DocxKit.split(TEXT_WIDTH_MM, HEADER_LEFT_SHARE);
        double leftMm = TEXT_WIDTH_MM * HEADER_LEFT_SHARE;
        double rightMm = TEXT_WIDTH_MM - leftMm;
        XWPFTable table = docx.createTable(2, 2);
        DocxKit.layout(table, widths, false);
        table.getRow(0).setCantSplitRow(true);

        XWPFTableCell names = table.getRow(0).getCell(0);
        List<String> lines = doc.bodyNameLines();
        for (int i = 0; i < lines.size(); i++) {
            DocxKit.line(DocxKit.next(names, i == 0), lines.get(i), ParagraphAlignment.CENTER, BODY_NAME_PT, true, false);
        }
        DocxKit.rule(names.addParagraph(), rules.bodyNameMm(), leftMm - 3.8);

        XWPFTableCell nation = table.getRow(0).getCell(1);
        DocxKit.line(DocxKit.next(nation, true), doc.nationalName(), ParagraphAlignment.CENTER, NATIONAL_NAME_PT, true, false);
        DocxKit.line(nation.addParagraph(), doc.motto(), ParagraphAlignment.CENTER, MOTTO_PT, true, false);
        DocxKit.rule(nation.addParagraph(), rules.mottoMm(), rightMm - 3.8);

        XWPFTableCell number = table.getRow(1).getCell(0);
        DocxKit.format(DocxKit.line(DocxKit.next(number, true), doc.numberLine(), ParagraphAlignment.CENTER, NUMBER_PT,
                false, false), ParagraphAlignment.CENTER, 6, 0, DocxKit.SINGLE);
        if (doc.subjectUnderNumber() != null) {
            DocxKit.format(DocxKit.line(number.addParagraph(), doc.subjectUnderNumber(), ParagraphAlignment.CENTER, VV_PT,
                    false, false), ParagraphAlignment.CENTER, 6, 0, DocxKit.SINGLE);
        }
        XWPFTableCell date = table.getRow(1).getCell(1);
        XWPFParagraph dateLine = DocxKit.format(DocxKit.next(date, true), ParagraphAlignment.CENTER, 6, 0, DocxKit.SINGLE);
        if (doc.dateLine() != null) {
            DocxKit.run(dateLine, doc.dateLine(), DATE_PT, false, true);
        }

        if (doc.title() != null) {
            DocxKit.format(DocxKit.line(docx.createParagraph(), doc.title(), ParagraphAlignment.CENTER, TITLE_PT, true,
                    false), ParagraphAlignment.CENTER, 18, 0, DocxKit.SINGLE);
            if (doc.subjectLine() != null) {
                DocxKit.line(docx.createParagraph(), doc.subjectLine(), ParagraphAlignment.CENTER, TITLE_PT, true, false);
                DocxKit.rule(docx.createParagraph(), rules.subjectMm(), TEXT_WIDTH_MM);
            }
        }
        addressees(docx, doc.addressees());
    }

    /**
     * "Kính gửi: X." centred for one addressee; for several, "Kính gửi:" then each "- …;" aligned under the first
     * (a hanging indent whose tab stop is the indent).
     */
    private static void addressees(XWPFDocument docx, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String label = ComposedDocument.ADDRESSEES_LABEL;
        if (lines.size() == 1) {
            DocxKit.format(DocxKit.line(docx.createParagraph(), label + " " + lines.get(0), ParagraphAlignment.CENTER,
                    BODY_PT, false, false), ParagraphAlignment.CENTER, 12, 6, DocxKit.SINGLE);
            return;
        }
        double labelMm = Fonts.widthMm(label + " ", BODY_PT, false, false) + 1;
        int start = twips(TEXT_WIDTH_MM * 0.30 - labelMm);
        int hang = twips(labelMm);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = DocxKit.format(docx.createParagraph(), ParagraphAlignment.LEFT, i == 0 ? 12 : 0,
                    i == lines.size() - 1 ? 6 : 0, DocxKit.SINGLE);
            p.setIndentationLeft(start + hang);
            p.setIndentationHanging(i == 0 ? hang : 0);
            if (i == 0) {
                DocxKit.run(p, label, BODY_PT, false, false).addTab();
            }
            DocxKit.run(p, lines.get(i), BODY_PT, false, false);
        }
    }
}
