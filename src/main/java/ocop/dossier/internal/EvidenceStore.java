package ocop.dossier.internal;

import java.nio.file.Path;
import java.util.EnumSet;
import ocop.system.FileSignature;
import ocop.system.FileVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files on disk ({@code ocop.data-dir}/uploads/dossiers/{folder}): PDF, images, DOCX or XLSX up to the
 * configured size, the type read from the content (not the name), stored once under their SHA-256.
 */
@Component
public class EvidenceStore {

    private final FileVault vault;
    private final DossierSettings settings;

    EvidenceStore(@Value("${ocop.data-dir}") Path dataDir, DossierSettings settings) {
        this.vault = new FileVault(dataDir.resolve("uploads").resolve("dossiers"));
        this.settings = settings;
    }

    public FileVault.Stored store(String folder, byte[] bytes) {
        return vault.store(folder, bytes, EnumSet.allOf(FileSignature.Kind.class), settings.evidenceMaxBytes(),
                "Chỉ nhận tệp PDF, ảnh (JPEG, PNG, WebP), Word (DOCX) hoặc Excel (XLSX); nội dung tệp này không "
                        + "thuộc các định dạng đó.");
    }

    public byte[] read(String relativePath) {
        return vault.read(relativePath);
    }
}
