package ocop.registry.internal;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A product as stored (registry.product). Photos and star history live in their own tables. */
@Table(schema = "registry", name = "product")
record ProductRow(@Id Long id, Long producerId, String unitCode, String provinceCode, String name, String searchText,
                  String classificationVersion, String classificationCode, String programmeCode, String description,
                  String rawMaterials, String rawMaterialOrigin, String status, Integer currentStars, boolean demo,
                  OffsetDateTime createdAt, OffsetDateTime updatedAt, @Version Integer version) {

    ProductRow withStatus(String newStatus, Integer stars) {
        return new ProductRow(id, producerId, unitCode, provinceCode, name, searchText, classificationVersion,
                classificationCode, programmeCode, description, rawMaterials, rawMaterialOrigin, newStatus, stars,
                demo, createdAt, OffsetDateTime.now(), version);
    }
}
