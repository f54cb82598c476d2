package ocop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads are recognised by their content, never by their name. */
class FileSignatureTests {

    @Test
    void pdfAndImagesByTheirFirstBytes() {
        assertThat(FileSignature.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileSignature.Kind.PDF);
        assertThat(FileSignature.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}))
                .contains(FileSignature.Kind.JPEG);
        assertThat(FileSignature.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(FileSignature.Kind.PNG);
        assertThat(FileSignature.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileSignature.Kind.WEBP);
    }

    @Test
    void officeDocumentsByTheNamesInsideTheZip() throws IOException {
        assertThat(FileSignature.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(FileSignature.Kind.DOCX);
        assertThat(FileSignature.sniff(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")))
                .contains(FileSignature.Kind.XLSX);
    }

    @Test
    void otherFilesAreRefused() throws IOException {
        assertThat(FileSignature.sniff(zip("readme.txt"))).isEmpty();
        assertThat(FileSignature.sniff(zip("word/document.xml"))).as("no content types: not OOXML").isEmpty();
        assertThat(FileSignature.sniff("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1))).as("a Windows program").isEmpty();
        assertThat(FileSignature.sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).as("old .doc").isEmpty();
        assertThat(FileSignature.sniff("xin chào".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileSignature.sniff(new byte[0])).isEmpty();
        assertThat(FileSignature.sniff(new byte[] {'P', 'K', 3, 4, 0, 0})).as("a broken zip").isEmpty();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
