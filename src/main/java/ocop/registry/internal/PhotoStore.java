package ocop.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import ocop.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Product photos on disk ({@code ocop.data-dir}/uploads/products): JPEG, PNG or WebP up to the configured size,
 * checked by their first bytes (not only the declared type), stored under their SHA-256.
 */
@Component
class PhotoStore {

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "image/webp", "webp");

    private final Path root;
    private final long maxBytes;

    PhotoStore(@Value("${ocop.data-dir}") Path dataDir, @Value("${ocop.upload.photo-max-bytes:5242880}") long maxBytes) {
        this.root = dataDir.resolve("uploads").resolve("products").toAbsolutePath();
        this.maxBytes = maxBytes;
    }

    record Stored(String contentType, long size, String sha256, String path) {
    }

    Stored store(long productId, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "Tệp ảnh trống.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", "Ảnh vượt quá dung lượng cho phép ("
                    + (maxBytes / (1024 * 1024)) + " MB).");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new InvalidInputException("file", "Chỉ nhận ảnh định dạng JPEG, PNG hoặc WebP.");
        }
        String sha = sha256(bytes);
        Path dir = root.resolve(Long.toString(productId));
        Path file = dir.resolve(sha + "." + EXTENSIONS.get(type));
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Path tmp = Files.createTempFile(dir, "upload-", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(type, bytes.length, sha, root.relativize(file).toString());
    }

    byte[] read(String relativePath) {
        try {
            return Files.readAllBytes(root.resolve(relativePath).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real type from the file's signature: JPEG FF D8 FF, PNG 89 50 4E 47, WebP RIFF....WEBP. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
