package ocop.registry.internal;

import java.nio.file.Path;
import java.util.EnumSet;
import ocop.system.FileSignature.Kind;
import ocop.system.FileVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Product photos on disk ({@code ocop.data-dir}/uploads/products): JPEG, PNG or WebP up to the configured size,
 * checked by their first bytes (not only the declared type), stored under their SHA-256.
 */
@Component
class PhotoStore {

    private final FileVault vault;
    private final long maxBytes;

    PhotoStore(@Value("${ocop.data-dir}") Path dataDir, @Value("${ocop.upload.photo-max-bytes:5242880}") long maxBytes) {
        this.vault = new FileVault(dataDir.resolve("uploads").resolve("products"));
        this.maxBytes = maxBytes;
    }

    FileVault.Stored store(long productId, byte[] bytes) {
        return vault.store(Long.toString(productId), bytes, EnumSet.of(Kind.JPEG, Kind.PNG, Kind.WEBP), maxBytes,
                "Chỉ nhận ảnh định dạng JPEG, PNG hoặc WebP.");
    }

    byte[] read(String relativePath) {
        return vault.read(relativePath);
    }
}
