package ocop.criteria.internal;

import java.time.OffsetDateTime;

/** Tệp minh chứng (an evidence file attached to one item of a self-assessment). */
public record SelfAssessmentFile(long id, String itemCode, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
