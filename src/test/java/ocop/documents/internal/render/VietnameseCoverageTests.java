package ocop.documents.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentType;
import ocop.documents.SampleDocuments;
import ocop.documents.Section;
import ocop.documents.domain.Composer;
import ocop.documents.domain.DocumentNumber;
import ocop.documents.internal.TemplateCatalog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every Vietnamese letter (chữ tiếng Việt) has a glyph in each embedded face and comes back out of the PDF. */
class VietnameseCoverageTests {

    /** The 67 lower-case letters with their tones (NFC), and the same in capitals. */
    static final String LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
    static final String ALL = LOWER + LOWER.toUpperCase(java.util.Locale.forLanguageTag("vi"));

    @Test
    void everyFaceOfTheEmbeddedSerifHasEveryVietnameseLetter() throws IOException {
        for (Fonts.Face face : Fonts.Face.values()) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytes(face)));
            var cmap = font.getUnicodeCmapLookup();
            ALL.codePoints().forEach(cp -> assertThat(cmap.getGlyphId(cp))
                    .as("%s lacks %s", face, Character.toString(cp)).isPositive());
        }
    }

    @Test
    void decomposedInputIsComposedAndEveryLetterSurvivesThePdf() throws IOException {
        String decomposed = Normalizer.normalize(ALL, Normalizer.Form.NFD);
        DocumentContent content = ocop.documents.domain.DraftRules.validate(ocop.documents.DocumentDraft.of(
                DocumentType.TB, "Bảng chữ cái", List.of(), List.of(Section.of("Chữ " + decomposed, decomposed))));
        assertThat(content.sections().get(0).paragraphs().get(0)).isEqualTo(ALL);
        byte[] pdf = PdfRenderer.render(Composer.compose(new TemplateCatalog().of(DocumentType.TB),
                SampleDocuments.LONG_KHANH, SampleDocuments.SIGNER, content, new DocumentNumber(1, "TB-UBND"),
                SampleDocuments.ISSUED_ON, 2026), "Thông báo", "UBND");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFC)).contains(ALL);
        }
    }
}
