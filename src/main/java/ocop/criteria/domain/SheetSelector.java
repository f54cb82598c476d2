package ocop.criteria.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetStatus;

/**
 * Chọn bộ tiêu chí (sheet selection): for a product's classification leaf and the dossier's submission date, the
 * sheet in force that day (effectiveFrom ≤ day ≤ effectiveUntil, or open), OFFICIAL or HISTORICAL only, never
 * DRAFT. When several are in force, the latest effectiveFrom wins, then the highest version.
 */
public final class SheetSelector {

    private static final Comparator<CriteriaSheet> NEWEST = Comparator
            .comparing(CriteriaSheet::effectiveFrom)
            .thenComparingInt(CriteriaSheet::version)
            .thenComparing(CriteriaSheet::code, Comparator.reverseOrder());

    private SheetSelector() {
    }

    /** Matches the leaf code in any classification version. */
    public static Optional<CriteriaSheet> select(Collection<CriteriaSheet> sheets, String leafCode, LocalDate day) {
        return select(sheets, null, leafCode, day);
    }

    /**
     * @param classificationVersion only sheets of this classification version; null for any
     */
    public static Optional<CriteriaSheet> select(Collection<CriteriaSheet> sheets, String classificationVersion,
            String leafCode, LocalDate day) {
        if (leafCode == null || day == null) {
            return Optional.empty();
        }
        return sheets.stream()
                .filter(s -> s.status() == SheetStatus.OFFICIAL || s.status() == SheetStatus.HISTORICAL)
                .filter(s -> classificationVersion == null || classificationVersion.equals(s.classificationVersion()))
                .filter(s -> s.appliesTo() != null && s.appliesTo().contains(leafCode))
                .filter(s -> s.coversDay(day))
                .max(NEWEST);
    }
}
