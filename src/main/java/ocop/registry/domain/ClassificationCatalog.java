package ocop.registry.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Danh mục các phiên bản phân loại sản phẩm OCOP: every version shipped with the application, oldest
 * first. Versions may overlap (QĐ 148 stays in force 60 days after QĐ 26/2026, Điều 11.2); on a given
 * day the newest version in force is the one to classify new products under.
 */
public final class ClassificationCatalog {

    private static final Comparator<ProductClassification> OLDEST_FIRST = Comparator.comparing(
            ProductClassification::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<ProductClassification> versions;

    /** @throws IllegalArgumentException if two versions share an identifier */
    public ClassificationCatalog(List<ProductClassification> versions) {
        Set<String> seen = new HashSet<>();
        for (ProductClassification version : versions) {
            if (!seen.add(version.version())) {
                throw new IllegalArgumentException("Phiên bản phân loại trùng: " + version.version());
            }
        }
        this.versions = versions.stream().sorted(OLDEST_FIRST).toList();
    }

    /** All versions, by effectiveFrom, oldest first. */
    public List<ProductClassification> versions() {
        return versions;
    }

    /** The version with this identifier, e.g. {@code QD26-2026}. */
    public Optional<ProductClassification> version(String version) {
        return versions.stream().filter(v -> Objects.equals(v.version(), version)).findFirst();
    }

    /** The version to use on the day: of those in force, the one that took effect last. */
    public Optional<ProductClassification> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> v.inForceOn(day)).max(OLDEST_FIRST);
    }
}
