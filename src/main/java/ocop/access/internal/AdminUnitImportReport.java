package ocop.access.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Kết quả nhập danh mục đơn vị hành chính (outcome of an administrative-unit list import or its preview).
 * Counts are over the file: {@code provinces} and {@code units} (commune-level rows); {@code added},
 * {@code renamed} and {@code unchanged} count provinces and units together. When {@code errors} is not empty
 * nothing was written. {@code committed} tells a preview (false) from a finished import (true).
 */
public record AdminUnitImportReport(LocalDate validFrom, String source, int provinces, int units, int added,
                                    int renamed, int unchanged, List<RowError> errors, boolean committed)
        implements Serializable {

    public AdminUnitImportReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** One problem in the file: its line number (the header is line 1) and a Vietnamese message. */
    public record RowError(int row, String message) implements Serializable {

        @Override
        public String toString() {
            return row > 0 ? "Dòng " + row + ": " + message : message;
        }
    }
}
