package ocop.dossier.internal;

import java.time.OffsetDateTime;

/** A submitted version as listed (lần nộp): its number, the action that made it, who and when. */
public record VersionInfo(int number, String action, String createdBy, OffsetDateTime createdAt) {
}
