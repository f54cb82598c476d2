package ocop.documents.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import ocop.documents.SampleDocuments;
import ocop.documents.domain.ComposedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox: every header line, number and date line; fonts embedded; A4; a PNG to look at. */
class PdfRendererTests {

    static byte[] pdf;
    static ComposedDocument doc;

    @BeforeAll
    static void render() {
        doc = SampleDocuments.composedReport(true);
        pdf = PdfRenderer.render(doc, "Báo cáo số 05/BC-UBND", "ỦY BAN NHÂN DÂN PHƯỜNG LONG KHÁNH");
    }

    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void containsEveryHeaderLineTheNumberAndTheDateLineExactly() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = text(d);
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "PHƯỜNG LONG KHÁNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-UBND", "Long Khánh, ngày 06 tháng 4 năm 2026",
                    "BÁO CÁO", "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Đồng Nai.", "Nơi nhận:", "- Như trên;",
                    "- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Lãnh (minh họa)",
                    "I. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền, hướng dẫn", "xem xét, tổng hợp./.",
                    "chuyên gia kỹ thuật hướng dẫn những chủ thể có sản phẩm đặc sản");
        }
    }

    @Test
    void isA4WithEmbeddedFontsAndPageNumbersFromPageTwo() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDPage first = d.getPage(0);
            assertThat(first.getMediaBox().getWidth() * 25.4 / 72).isCloseTo(210, org.assertj.core.data.Offset.offset(0.5));
            assertThat(first.getMediaBox().getHeight() * 25.4 / 72).isCloseTo(297, org.assertj.core.data.Offset.offset(0.5));
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("LiberationSerif");
            });
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            assertThat(page2.getText(d).strip()).startsWith("2");
            PDFTextStripper page1 = new PDFTextStripper();
            page1.setStartPage(1);
            page1.setEndPage(1);
            assertThat(page1.getText(d).strip()).startsWith("ỦY BAN NHÂN DÂN");
        }
    }

    /** Renders page 1 to docs/document-sample.png, the visual reference kept with the code. */
    @Test
    void writesTheVisualReference() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(d).renderImageWithDPI(0, 110);
            Path docs = Path.of("docs");
            Files.createDirectories(docs);
            ImageIO.write(image, "png", docs.resolve("document-sample.png").toFile());
            BufferedImage page2 = new PDFRenderer(d).renderImageWithDPI(1, 110);
            Path target = Path.of("target", "documents");
            Files.createDirectories(target);
            ImageIO.write(page2, "png", target.resolve("document-sample-page2.png").toFile());
            Files.write(target.resolve("document-sample.pdf"), pdf);
            assertThat(docs.resolve("document-sample.png")).exists();
        }
    }
}
