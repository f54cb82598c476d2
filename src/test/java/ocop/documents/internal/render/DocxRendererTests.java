package ocop.documents.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import ocop.documents.SampleDocuments;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX read back with POI: page in twips, fonts and sizes per block, header table, PAGE field, "Nơi nhận". */
class DocxRendererTests {

    XWPFDocument docx;

    @BeforeEach
    void render() throws IOException {
        byte[] bytes = DocxRenderer.render(SampleDocuments.composedReport(true), "Báo cáo", "UBND phường Long Khánh");
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        java.nio.file.Path target = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(target);
        java.nio.file.Files.write(target.resolve("document-sample.docx"), bytes);
    }

    @Test
    void isA4PortraitWithTheDecreesMarginsInTwips() {
        CTSectPr sect = docx.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
    }

    @Test
    void pageNumberIsAPageFieldCentredInTheHeaderFromPageTwo() {
        CTSectPr sect = docx.getDocument().getBody().getSectPr();
        assertThat(sect.isSetTitlePg()).as("different first page").isTrue();
        var policy = docx.getHeaderFooterPolicy();
        XWPFParagraph number = policy.getDefaultHeader().getParagraphs().get(0);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(number.getCTP().xmlText()).contains("fldChar").contains(" PAGE ");
        assertThat(number.getRuns()).allSatisfy(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0));
        assertThat(policy.getFirstPageHeader().getText()).isBlank();
        assertThat(policy.getFirstPageHeader().getParagraphs().get(0).getCTP().xmlText()).doesNotContain("PAGE");
        assertThat(((BigInteger) sect.getPgMar().getHeader()).intValue()).isEqualTo(567);
        assertThat(docx.getHeaderList()).hasSize(2);
    }

    @Test
    void headerIsABorderlessTwoColumnTableWithTheOfficialLinesInTheirFonts() {
        XWPFTable header = docx.getTables().get(0);
        assertThat(docx.getBodyElements().get(0)).isSameAs(header);
        assertThat(header.getRows()).hasSize(2);
        assertThat(header.getRow(0).getTableCells()).hasSize(2);
        assertThat(header.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NIL);
        assertThat(header.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NIL);
        XWPFTableCell names = header.getRow(0).getCell(0);
        assertLine(names.getParagraphs().get(0), "ỦY BAN NHÂN DÂN", 13, true, false);
        assertLine(names.getParagraphs().get(1), "PHƯỜNG LONG KHÁNH", 13, true, false);
        assertThat(names.getParagraphs().get(2).getCTP().getPPr().getPBdr().getTop()).as("rule under the name").isNotNull();
        XWPFTableCell nation = header.getRow(0).getCell(1);
        assertLine(nation.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        assertLine(nation.getParagraphs().get(1), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        assertThat(nation.getParagraphs().get(2).getCTP().getPPr().getPBdr().getTop()).as("rule under the motto").isNotNull();
        assertLine(header.getRow(1).getCell(0).getParagraphs().get(0), "Số: 05/BC-UBND", 13, false, false);
        assertLine(header.getRow(1).getCell(1).getParagraphs().get(0), "Long Khánh, ngày 06 tháng 4 năm 2026", 14, false, true);
    }

    @Test
    void titleAddresseesAndBodyFollowTheRules() {
        List<XWPFParagraph> ps = docx.getParagraphs();
        assertLine(find(ps, "BÁO CÁO"), "BÁO CÁO", 14, true, false);
        assertLine(find(ps, "Kết quả thực hiện Chương trình"), SampleDocuments.report().subject(), 14, true, false);
        assertLine(find(ps, "Kính gửi:"), "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Đồng Nai.", 14, false, false);
        XWPFParagraph body = find(ps, "Phường đã tổ chức 03 hội nghị");
        assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(body.getIndentationFirstLine()).isEqualTo(720);
        assertThat(body.getSpacingAfter()).isEqualTo(120);
        assertThat(body.getSpacingBetween()).isEqualTo(1.15, org.assertj.core.data.Offset.offset(0.01));
        assertFonts(body, 14, false, false);
        assertLine(find(ps, "I. KẾT QUẢ THỰC HIỆN"), "I. KẾT QUẢ THỰC HIỆN", 14, true, false);
        assertLine(find(ps, "1. Công tác tuyên truyền"), "1. Công tác tuyên truyền, hướng dẫn", 14, true, false);
        assertThat(find(ps, "Ủy ban nhân dân phường kính báo cáo").getText()).endsWith("xem xét, tổng hợp./.");
        XWPFTable data = docx.getTables().get(1);
        assertThat(data.getRow(0).getCell(0).getText()).isEqualTo("STT");
        assertThat(data.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
    }

    @Test
    void recipientsBlockLeftAndSignatureRight() {
        XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
        assertThat(closing.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NIL);
        List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
        assertLine(left.get(0), "Nơi nhận:", 12, true, true);
        assertThat(left.get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        assertThat(left.subList(1, left.size()).stream().map(XWPFParagraph::getText)).containsExactly(
                "- Như trên;", "- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;", "- Lưu: VT, KT.");
        left.subList(1, left.size()).forEach(p -> assertFonts(p, 11, false, false));
        List<XWPFParagraph> right = closing.getRow(0).getCell(1).getParagraphs();
        assertThat(right.stream().map(XWPFParagraph::getText)).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "Nguyễn Văn Lãnh (minh họa)");
        right.forEach(p -> {
            assertFonts(p, 14, true, false);
            assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        });
        assertThat(right.get(3).getSpacingBefore()).as("space for signature and seal").isGreaterThan(1200);
    }

    @Test
    void everyRunNamesTimesNewRoman() {
        docx.getParagraphs().forEach(p -> p.getRuns().forEach(r ->
                assertThat(r.getFontFamily()).as(p.getText()).isEqualTo("Times New Roman")));
        docx.getTables().forEach(t -> t.getRows().forEach(row -> row.getTableCells().forEach(c ->
                c.getParagraphs().forEach(p -> p.getRuns().forEach(r ->
                        assertThat(r.getFontFamily()).isEqualTo("Times New Roman"))))));
    }

    static XWPFParagraph find(List<XWPFParagraph> ps, String start) {
        return ps.stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    static void assertLine(XWPFParagraph p, String text, double pt, boolean bold, boolean italic) {
        assertThat(p.getText()).isEqualTo(text);
        assertFonts(p, pt, bold, italic);
    }

    static void assertFonts(XWPFParagraph p, double pt, boolean bold, boolean italic) {
        assertThat(p.getRuns()).isNotEmpty();
        for (XWPFRun r : p.getRuns()) {
            assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(r.getFontSizeAsDouble()).as(p.getText()).isEqualTo(pt);
            assertThat(r.isBold()).as("bold: " + p.getText()).isEqualTo(bold);
            assertThat(r.isItalic()).as("italic: " + p.getText()).isEqualTo(italic);
        }
    }
}
