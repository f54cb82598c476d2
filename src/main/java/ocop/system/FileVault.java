package ocop.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Uploaded files on disk (kho tệp tải lên) under one root folder: the type read from the content (never the name)
 * and checked against what the caller accepts, the size checked, each file stored once under its SHA-256 by an
 * atomic move, and paths that cannot leave the root. Refusals are {@link InvalidInputException}s on field "file".
 */
public final class FileVault {

    private final Path root;

    public FileVault(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A stored file: its kind, size, SHA-256 and path relative to the root. */
    public record Stored(FileSignature.Kind kind, long size, String sha256, String path) {

        public String contentType() {
            return kind.contentType();
        }
    }

    public Stored store(String folder, byte[] bytes, Set<FileSignature.Kind> accepted, long maxBytes,
                        String acceptedMessage) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "Tệp tải lên trống.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", "Tệp vượt quá dung lượng cho phép ("
                    + maxBytes / (1024 * 1024) + " MB).");
        }
        FileSignature.Kind kind = FileSignature.sniff(bytes).filter(accepted::contains)
                .orElseThrow(() -> new InvalidInputException("file", acceptedMessage));
        String sha = sha256(bytes);
        Path dir = inside(root.resolve(folder));
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

    public byte[] read(String relativePath) {
        try {
            return Files.readAllBytes(inside(root.resolve(relativePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path inside(Path path) {
        Path normal = path.normalize();
        if (!normal.startsWith(root)) {
            throw new IllegalArgumentException("path outside the upload folder: " + path);
        }
        return normal;
    }
}
