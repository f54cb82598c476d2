package ocop.criteria.internal;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ocop.criteria.CriteriaSheet;
import org.springframework.stereotype.Component;

/**
 * Bộ tiêu chí đang dùng (the sheets in use), held in memory: at first the shipped sheets, then, once the database is
 * read ({@link SheetLibrary}), every stored version; replaced as a whole after an import. Thread-safe.
 */
@Component
public class SheetCatalog {

    private static final Comparator<StoredSheet> BY_CODE_VERSION = Comparator
            .comparing((StoredSheet s) -> s.sheet().code()).thenComparingInt(s -> s.sheet().version());

    private final Map<String, Set<String>> knownLeaves;
    private volatile List<StoredSheet> stored;

    /** The shipped sheets only, as if just stored. */
    public SheetCatalog(BundledSheets bundled) {
        this.knownLeaves = bundled.knownLeaves();
        this.stored = bundled.sheets().stream()
                .map(s -> new StoredSheet(s, StoredSheet.BUNDLED, OffsetDateTime.now(), "system")).toList();
    }

    /** Every version with its origin, by code then version. */
    public List<StoredSheet> stored() {
        return stored;
    }

    /** Every version, by code then version. */
    public List<CriteriaSheet> sheets() {
        return stored.stream().map(StoredSheet::sheet).toList();
    }

    public Optional<StoredSheet> find(String code, int version) {
        return stored.stream().filter(s -> s.sheet().code().equals(code) && s.sheet().version() == version)
                .findFirst();
    }

    public Optional<StoredSheet> latest(String code) {
        return stored.stream().filter(s -> s.sheet().code().equals(code)).reduce((a, b) -> b);
    }

    /** Classification version → leaf codes, to validate sheets against. */
    public Map<String, Set<String>> knownLeaves() {
        return knownLeaves;
    }

    void replace(List<StoredSheet> sheets) {
        this.stored = sheets.stream().sorted(BY_CODE_VERSION).toList();
    }
}
