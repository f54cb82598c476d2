package ocop.criteria.internal;

import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.domain.SheetDiff;

/**
 * Xem trước khi nhập (what an import would store): the sheet read from the file, whether its code is new or which
 * version it follows, what changes, and every error. Nothing is stored until the import is committed.
 *
 * @param fileName       the uploaded file's name
 * @param format         {@code JSON} or {@code XLSX}
 * @param sheet          the sheet read, as it would be stored (its version set to {@code nextVersion}); null when the
 *                       file could not be read as a sheet at all
 * @param currentVersion the highest stored version of its code, or null for a new sheet
 * @param nextVersion    the version it would be stored as
 * @param diff           what changes against {@code currentVersion} (every criterion is added for a new sheet)
 * @param errors         every problem; the import can be committed only when empty and something changes
 */
public record ImportPreview(String fileName, String format, CriteriaSheet sheet, Integer currentVersion,
        int nextVersion, SheetDiff diff, List<String> errors) {

    public boolean newSheet() {
        return currentVersion == null;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Valid and different from the stored version. */
    public boolean committable() {
        return valid() && diff != null && !diff.isEmpty();
    }

    public int criteriaChanged() {
        return diff == null ? 0 : diff.criteriaChanged();
    }
}
