package ocop.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfAssessmentFileStoreTests {

    @TempDir
    Path dir;

    @Test
    void acceptsPdfImagesAndOfficeFilesByTheirOwnBytes() throws IOException {
        assertThat(SelfAssessmentFileStore.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(SelfAssessmentFileStore.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(SelfAssessmentFileStore.sniff(zip("word/document.xml"))).isEqualTo(SelfAssessmentFileStore.DOCX);
        assertThat(SelfAssessmentFileStore.sniff(zip("xl/workbook.xml"))).isEqualTo(SelfAssessmentFileStore.XLSX);
        assertThat(SelfAssessmentFileStore.sniff(zip("payload.exe"))).isNull();
        assertThat(SelfAssessmentFileStore.sniff("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    }

    @Test
    void storesUnderTheSha256AndRefusesEmptyOversizedOrUnknownFiles() {
        SelfAssessmentFileStore store = new SelfAssessmentFileStore(dir, 16);
        ocop.system.FileVault.Stored stored = store.store(7, "%PDF-1.4 a".getBytes(StandardCharsets.US_ASCII));
        assertThat(stored.path()).isEqualTo("7/" + stored.sha256() + ".pdf");
        assertThat(Files.exists(dir.resolve("uploads/self-assessments").resolve(stored.path()))).isTrue();
        assertThat(store.read(stored.path())).startsWith('%', 'P', 'D', 'F');
        assertThatThrownBy(() -> store.store(7, new byte[0])).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.store(7, new byte[17])).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dung lượng");
        assertThatThrownBy(() -> store.store(7, "hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> store.read("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
