package ocop.criteria.internal;

import java.nio.file.Path;
import java.util.EnumSet;
import ocop.system.FileSignature;
import ocop.system.FileVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tệp minh chứng trên đĩa ({@code ocop.data-dir}/uploads/self-assessments/&lt;id&gt;): PDF, JPEG, PNG, WebP, DOCX or
 * XLSX up to {@code ocop.upload.evidence-max-bytes} (10 MB), the type checked on the file's own bytes (a DOCX must
 * hold word/document.xml, an XLSX xl/workbook.xml), stored under its SHA-256.
 */
@Component
class SelfAssessmentFileStore {

    static final String DOCX = FileSignature.Kind.DOCX.contentType();
    static final String XLSX = FileSignature.Kind.XLSX.contentType();

    private final FileVault vault;
    private final long maxBytes;

    SelfAssessmentFileStore(@Value("${ocop.data-dir}") Path dataDir,
            @Value("${ocop.upload.evidence-max-bytes:10485760}") long maxBytes) {
        this.vault = new FileVault(dataDir.resolve("uploads").resolve("self-assessments"));
        this.maxBytes = maxBytes;
    }

    FileVault.Stored store(long assessmentId, byte[] bytes) {
        return vault.store(Long.toString(assessmentId), bytes, EnumSet.allOf(FileSignature.Kind.class), maxBytes,
                "Chỉ nhận tệp PDF, ảnh (JPEG, PNG, WebP), Word (DOCX) hoặc Excel (XLSX).");
    }

    byte[] read(String relativePath) {
        return vault.read(relativePath);
    }

    /** The real type from the file's signature; null when it is none of the accepted types. */
    static String sniff(byte[] bytes) {
        return FileSignature.sniff(bytes).map(FileSignature.Kind::contentType).orElse(null);
    }
}
