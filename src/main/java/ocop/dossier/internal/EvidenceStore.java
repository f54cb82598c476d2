package ocop.dossier.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ocop.dossier.domain.FileSignature;
import ocop.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files on disk ({@code ocop.data-dir}/uploads/dossiers/{folder}): PDF, images, DOCX or XLSX up to the
 * configured size, the type read from the content (not the name), stored once under their SHA-256.
 */
@Component
class EvidenceStore {

    private final Path root;
    private final DossierSettings settings;

    EvidenceStore(@Value("${ocop.data-dir}") Path dataDir, DossierSettings settings) {
        this.root = dataDir.resolve("uploads").resolve("dossiers").toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** A stored file: its checked kind, size, SHA-256 and path relative to the uploads folder. */
    record Stored(FileSignature.Kind kind, long size, String sha256, String path) {
    }

    Stored store(String folder, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "Tệp tải lên trống.");
        }
        if (bytes.length > settings.evidenceMaxBytes()) {
            throw new InvalidInputException("file", "Tệp vượt quá dung lượng cho phép ("
                    + settings.evidenceMaxBytes() / (1024 * 1024) + " MB).");
        }
        FileSignature.Kind kind = FileSignature.sniff(bytes).orElseThrow(() -> new InvalidInputException("file",
                "Chỉ nhận tệp PDF, ảnh (JPEG, PNG, WebP), Word (DOCX) hoặc Excel (XLSX); nội dung tệp này không "
                        + "thuộc các định dạng đó."));
        String sha = sha256(bytes);
        Path dir = root.resolve(folder).normalize();
        if (!dir.startsWith(root)) {
            throw new IllegalArgumentException("folder " + folder);
        }
        Path file = dir.resolve(sha + "." + kind.extension());
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Path tmp = Files.createTempFile(dir, "upload-", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(kind, bytes.length, sha, root.relativize(file).toString());
    }

    byte[] read(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("path " + relativePath);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
