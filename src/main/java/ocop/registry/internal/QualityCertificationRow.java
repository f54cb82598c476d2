package ocop.registry.internal;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A quality certification held by a producer (registry.quality_certification). */
@Table(schema = "registry", name = "quality_certification")
record QualityCertificationRow(@Id Long id, String kind, String name, String number, String issuer,
                               LocalDate validFrom, LocalDate validUntil) {
}
