package ocop.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.domain.SheetValidator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Bộ tiêu chí đóng gói (the sheets shipped with the application): every {@code classpath*:criteria/**}{@code /*.json}
 * is read and validated at start-up against the known classification leaves. Any error in any file fails
 * start-up with all errors of all files in one message.
 */
@Component
public class BundledSheets {

    static final String PATTERN = "classpath*:criteria/**/*.json";

    private static final Comparator<CriteriaSheet> BY_CODE_VERSION = Comparator.comparing(CriteriaSheet::code)
            .thenComparingInt(CriteriaSheet::version);

    private final List<CriteriaSheet> sheets;
    private final Map<String, Set<String>> knownLeaves;

    public BundledSheets() {
        this(new PathMatchingResourcePatternResolver(BundledSheets.class.getClassLoader()));
    }

    BundledSheets(ResourcePatternResolver resolver) {
        this.knownLeaves = Map.copyOf(ClassificationLeaves.load(resolver));
        List<CriteriaSheet> loaded = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Resource resource : resources(resolver)) {
            String origin = "criteria/" + resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                CriteriaSheet sheet = SheetJson.read(in, origin);
                errors.addAll(SheetValidator.validate(sheet, knownLeaves));
                if (!seen.add(sheet.code() + "@" + sheet.version())) {
                    errors.add(origin + ": trùng bộ tiêu chí " + sheet.code() + " phiên bản " + sheet.version());
                }
                loaded.add(sheet);
            } catch (CriteriaException e) {
                errors.addAll(e.errors());
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được " + origin, e);
            }
        }
        if (loaded.isEmpty() && errors.isEmpty()) {
            errors.add("Không tìm thấy bộ tiêu chí nào (" + PATTERN + ")");
        }
        if (!errors.isEmpty()) {
            throw CriteriaException.invalidSheet("criteria/**", errors);
        }
        loaded.sort(BY_CODE_VERSION);
        this.sheets = List.copyOf(loaded);
    }

    private static Resource[] resources(ResourcePatternResolver resolver) {
        try {
            return resolver.getResources(PATTERN);
        } catch (IOException e) {
            throw new UncheckedIOException("Không liệt kê được " + PATTERN, e);
        }
    }

    /** Every sheet, by code then version. */
    public List<CriteriaSheet> sheets() {
        return sheets;
    }

    /** Classification version → leaf codes, as used to validate. */
    public Map<String, Set<String>> knownLeaves() {
        return knownLeaves;
    }
}
