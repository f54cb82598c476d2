package ocop.documents.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import ocop.documents.SampleDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Where the text sits on the PDF page, measured from the glyphs: the margins and the page number position. */
class PdfPageGeometryTests {

    static final double MM = 72 / 25.4;

    /** Collects the glyph positions of one page. */
    static List<TextPosition> glyphs(PDDocument d, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(d);
        return out;
    }

    @Test
    void textFillsTheAreaInsideTheDecreesMarginsAndThePageNumberSitsInTheTopMargin() throws IOException {
        byte[] pdf = PdfRenderer.render(SampleDocuments.composedReport(true), "Báo cáo", "UBND");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<TextPosition> page1 = glyphs(d, 1);
            double left = page1.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow() / MM;
            double right = page1.stream().mapToDouble(t -> t.getXDirAdj() + t.getWidthDirAdj()).max().orElseThrow() / MM;
            double top = page1.stream().mapToDouble(t -> t.getYDirAdj() - t.getHeightDir()).min().orElseThrow() / MM;
            double bottom = page1.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow() / MM;
            assertThat(left).as("left margin, mm").isCloseTo(30, offset(0.6));
            assertThat(210 - right).as("right margin, mm (justified lines reach it)").isCloseTo(15, offset(0.6));
            assertThat(top).as("first line below the top margin, mm").isBetween(20.0, 24.0);
            assertThat(297 - bottom).as("last baseline above the bottom margin, mm").isGreaterThanOrEqualTo(20.0);

            List<TextPosition> page2 = glyphs(d, 2);
            TextPosition number = page2.get(0);
            assertThat(number.getUnicode()).isEqualTo("2");
            double centre = (number.getXDirAdj() + number.getWidthDirAdj() / 2) / MM;
            assertThat(centre).as("page number centred over the text block, mm").isCloseTo(30 + (210 - 45) / 2.0, offset(1.0));
            assertThat(number.getYDirAdj() / MM).as("page number baseline in the top margin, mm").isBetween(8.0, 20.0);
            assertThat(number.getTextMatrix().getScalingFactorX()).as("page number size, pt").isCloseTo(14f, offset(0.05f));
            System.out.printf("PDF measured: left %.1f mm, right %.1f mm, top %.1f mm, bottom %.1f mm, page no. centre %.1f mm "
                    + "baseline %.1f mm%n", left, 210 - right, top, 297 - bottom, centre, number.getYDirAdj() / MM);
        }
    }
}
