package ocop.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ocop.documents.DocumentType;
import ocop.dossier.domain.ResultRules;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence files on disk: size limit, type by content, stored once under the SHA-256, never outside the folder. */
class EvidenceStoreTests {

    @TempDir
    Path dataDir;

    private EvidenceStore store(long maxBytes) {
        return new EvidenceStore(dataDir, new DossierSettings("%02d-%02d/PĐK-%s-%s-%d", true, 5, true, DocumentType.BC,
                maxBytes, ResultRules.Policy.decree26()));
    }

    @Test
    void storesOnceUnderItsHash() throws IOException {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        ocop.system.FileVault.Stored a = store(1000).store("7", pdf);
        ocop.system.FileVault.Stored b = store(1000).store("7", pdf);
        assertThat(a.path()).isEqualTo(b.path()).endsWith(a.sha256() + ".pdf");
        assertThat(Files.readAllBytes(dataDir.resolve("uploads/dossiers").resolve(a.path()))).isEqualTo(pdf);
        assertThat(store(1000).read(a.path())).isEqualTo(pdf);
    }

    @Test
    void refusesEmptyTooLargeAndUnknownFiles() {
        assertThatThrownBy(() -> store(10).store("7", new byte[0])).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("trống");
        assertThatThrownBy(() -> store(10).store("7", "%PDF-1.4 quá dài".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dung lượng");
        assertThatThrownBy(() -> store(1000).store("7", "plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Chỉ nhận tệp PDF");
    }

    @Test
    void neverReadsOrWritesOutsideItsFolder() {
        assertThatThrownBy(() -> store(1000).store("../../etc", "%PDF-".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store(1000).read("../../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
