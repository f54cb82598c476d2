package ocop.criteria.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ocop.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tệp minh chứng trên đĩa ({@code ocop.data-dir}/uploads/self-assessments/&lt;id&gt;): PDF, JPEG, PNG, WebP, DOCX or
 * XLSX up to {@code ocop.upload.evidence-max-bytes} (10 MB), the type checked on the file's own bytes (a DOCX must
 * hold word/document.xml, an XLSX xl/workbook.xml), stored under its SHA-256.
 */
@Component
class SelfAssessmentFileStore {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/jpeg", "jpg",
            "image/png", "png", "image/webp", "webp", DOCX, "docx", XLSX, "xlsx");

    private final Path root;
    private final long maxBytes;

    SelfAssessmentFileStore(@Value("${ocop.data-dir}") Path dataDir,
            @Value("${ocop.upload.evidence-max-bytes:10485760}") long maxBytes) {
        this.root = dataDir.resolve("uploads").resolve("self-assessments").toAbsolutePath();
        this.maxBytes = maxBytes;
    }

    record Stored(String contentType, long size, String sha256, String path) {
    }

    Stored store(long assessmentId, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "Tệp trống.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", "Tệp vượt quá dung lượng cho phép (" + (maxBytes / (1024 * 1024))
                    + " MB).");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new InvalidInputException("file", "Chỉ nhận tệp PDF, ảnh (JPEG, PNG, WebP), Word (DOCX) hoặc Excel (XLSX).");
        }
        String sha = sha256(bytes);
        Path dir = root.resolve(Long.toString(assessmentId));
        Path file = dir.resolve(sha + "." + EXTENSIONS.get(type));
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
        return new Stored(type, bytes.length, sha, root.relativize(file).toString());
    }

    byte[] read(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Đường dẫn tệp không hợp lệ");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real type from the file's signature; null when it is none of the accepted types. */
    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
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
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return office(b);
        }
        return null;
    }

    private static String office(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return DOCX;
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
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
