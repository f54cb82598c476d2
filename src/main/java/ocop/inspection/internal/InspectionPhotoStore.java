package ocop.inspection.internal;

import java.nio.file.Path;
import java.util.EnumSet;
import ocop.system.FileSignature.Kind;
import ocop.system.FileVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ảnh hiện trường on disk ({@code ocop.data-dir}/uploads/inspections/<visit>): JPEG, PNG or WebP read from the bytes,
 * up to {@code ocop.inspection.photo-max-bytes} (10 MB: phone cameras), stored once under their SHA-256.
 */
@Component
class InspectionPhotoStore {

    private final FileVault vault;
    private final long maxBytes;

    InspectionPhotoStore(@Value("${ocop.data-dir}") Path dataDir,
                         @Value("${ocop.inspection.photo-max-bytes:10485760}") long maxBytes) {
        this.vault = new FileVault(dataDir.resolve("uploads").resolve("inspections"));
        this.maxBytes = maxBytes;
    }

    FileVault.Stored store(long visitId, byte[] bytes) {
        return vault.store(Long.toString(visitId), bytes, EnumSet.of(Kind.JPEG, Kind.PNG, Kind.WEBP), maxBytes,
                "Chỉ nhận ảnh định dạng JPEG, PNG hoặc WebP.");
    }

    byte[] read(String relativePath) {
        return vault.read(relativePath);
    }
}
