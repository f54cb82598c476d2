package ocop.criteria.internal;

import java.util.List;
import ocop.criteria.CriteriaSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kho bộ tiêu chí (the sheets in the database): at start-up, inserts every shipped sheet whose code and version is not
 * stored yet (idempotent; a stored version is never overwritten) and loads every stored version into the
 * {@link SheetCatalog}; after an import, stores the new version and reloads.
 */
@Service
public class SheetLibrary implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(SheetLibrary.class);

    private final BundledSheets bundled;
    private final SheetRepository repository;
    private final SheetCatalog catalog;

    SheetLibrary(BundledSheets bundled, SheetRepository repository, SheetCatalog catalog) {
        this.bundled = bundled;
        this.repository = repository;
        this.catalog = catalog;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int inserted = 0;
        for (CriteriaSheet sheet : bundled.sheets()) {
            inserted += repository.insertIfAbsent(sheet, StoredSheet.BUNDLED, "system") ? 1 : 0;
        }
        reload();
        if (inserted > 0) {
            LOG.info("Đã thêm {} bộ tiêu chí đóng gói vào cơ sở dữ liệu", inserted);
        }
    }

    /** Reads every stored version into the catalog. */
    public void reload() {
        catalog.replace(repository.findAll());
    }

    /** The highest stored version of the code, read from the database (not the cache). */
    public Integer latestStoredVersion(String code) {
        return repository.latestVersion(code).orElse(null);
    }

    /** Stores the sheet as given (its version already the next one) in the caller's transaction. */
    @Transactional
    public void store(CriteriaSheet sheet, String by) {
        repository.insert(sheet, StoredSheet.IMPORT, by);
    }

    public List<StoredSheet> stored() {
        return catalog.stored();
    }
}
