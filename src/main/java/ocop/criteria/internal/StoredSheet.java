package ocop.criteria.internal;

import java.time.OffsetDateTime;
import ocop.criteria.CriteriaSheet;

/**
 * Một phiên bản bộ tiêu chí đã lưu (one stored sheet version) with where it came from.
 *
 * @param origin     {@code BUNDLED} (shipped with the application) or {@code IMPORT} (an administrator's import)
 * @param importedAt when it was stored
 * @param importedBy who stored it ({@code system} for the shipped sheets)
 */
public record StoredSheet(CriteriaSheet sheet, String origin, OffsetDateTime importedAt, String importedBy) {

    public static final String BUNDLED = "BUNDLED";
    public static final String IMPORT = "IMPORT";
}
