package ocop.documents.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The serif embedded in PDFs (phông chữ nhúng vào PDF): Liberation Serif 2.x from {@code documents/fonts/}, metric
 * compatible with Times New Roman and covering Vietnamese. Also measures text, so rules under a line can be drawn
 * at 1/3–1/2 of its length in both formats.
 */
public final class Fonts {

    /** The four faces of the family. */
    public enum Face {
        REGULAR("LiberationSerif-Regular.ttf"), BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"), BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }

        public static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    static final String LOCATION = "documents/fonts/";

    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    private static final Map<Face, TrueTypeFont> PARSED = new EnumMap<>(Face.class);

    private Fonts() {
    }

    /** The TTF file of a face. */
    public static synchronized byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, f -> {
            try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(LOCATION + f.file)) {
                if (in == null) {
                    throw new IllegalStateException("Thiếu phông chữ " + LOCATION + f.file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Width of one line of text in millimetres, from the glyph advances (no kerning, as Word by default). */
    public static synchronized double widthMm(String text, double pt, boolean bold, boolean italic) {
        try {
            TrueTypeFont font = PARSED.get(Face.of(bold, italic));
            if (font == null) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(Face.of(bold, italic))));
                PARSED.put(Face.of(bold, italic), font);
            }
            var cmap = font.getUnicodeCmapLookup();
            double units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                units += font.getAdvanceWidth(cmap.getGlyphId(cp));
                i += Character.charCount(cp);
            }
            return units / font.getUnitsPerEm() * pt * 25.4 / 72;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
