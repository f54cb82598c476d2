package ocop.criteria.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.internal.ImportPreview;
import ocop.criteria.internal.StoredSheet;

/** The JSON shapes of the sheet list and of an import preview. */
final class SheetJsonViews {

    private SheetJsonViews() {
    }

    /**
     * One sheet in the list: its latest version and the versions stored.
     *
     * @param origin BUNDLED (shipped) or IMPORT
     */
    record SheetSummary(String code, int version, List<Integer> versions, String name, String decision,
            String status, LocalDate effectiveFrom, LocalDate effectiveUntil, boolean checkedAgainstSignedText,
            String classificationVersion, List<String> appliesTo, String origin, OffsetDateTime importedAt,
            String importedBy) {

        static SheetSummary of(StoredSheet stored, List<Integer> versions) {
            CriteriaSheet s = stored.sheet();
            return new SheetSummary(s.code(), s.version(), versions, s.name(), s.decision(), s.status().name(),
                    s.effectiveFrom(), s.effectiveUntil(), s.checkedAgainstSignedText(), s.classificationVersion(),
                    s.appliesTo(), stored.origin(), stored.importedAt(), stored.importedBy());
        }
    }

    /**
     * What an import would store.
     *
     * @param committable valid and different from the stored version
     */
    record PreviewJson(String fileName, String format, String code, String name, boolean newSheet,
            Integer currentVersion, int nextVersion, boolean valid, boolean committable, int criteriaChanged,
            List<String> sheetChanges, List<String> criteriaAdded, List<String> criteriaRemoved,
            List<String> criteriaModified, List<String> errors) {

        static PreviewJson of(ImportPreview p) {
            var d = p.diff();
            return new PreviewJson(p.fileName(), p.format(), p.sheet() == null ? null : p.sheet().code(),
                    p.sheet() == null ? null : p.sheet().name(), p.newSheet(), p.currentVersion(), p.nextVersion(),
                    p.valid(), p.committable(), p.criteriaChanged(), d == null ? List.of() : d.sheetChanges(),
                    d == null ? List.of() : d.added(), d == null ? List.of() : d.removed(),
                    d == null ? List.of() : d.changed(), p.errors());
        }
    }
}
