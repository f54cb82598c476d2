package ocop.registry.internal;

import java.util.List;
import ocop.registry.ProductSummary;
import ocop.registry.ProductView;
import ocop.registry.domain.ClassificationCatalog;
import ocop.registry.domain.ClassificationNode;
import ocop.registry.OcopStatus;
import ocop.registry.RecognitionLevel;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Product rows → summaries and views, naming the classification from its version. */
@Component
class ProductMapper {

    private final ClassificationCatalog catalog;
    private final JdbcClient jdbc;

    ProductMapper(ClassificationCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    static String searchText(String name, String programmeCode) {
        return VietnameseText.fold(name + (programmeCode == null ? "" : " " + programmeCode));
    }

    ProductSummary toSummary(RegistryQueries.ProductListRow r) {
        return new ProductSummary(r.id(), r.producerId(), r.producerName(), r.name(), r.classificationVersion(),
                r.classificationCode(), classificationName(r.classificationVersion(), r.classificationCode()),
                r.status(), r.currentStars(), r.programmeCode(), r.unitCode(), r.demo());
    }

    String classificationName(String version, String code) {
        return catalog.version(version).flatMap(c -> c.find(code)).map(ClassificationNode::name).orElse(code);
    }

    ProductView toView(ProductRow r) {
        List<String> path = catalog.version(r.classificationVersion())
                .map(c -> c.path(r.classificationCode()).stream().map(ClassificationNode::name).toList())
                .orElse(List.of(r.classificationCode()));
        String producerName = jdbc.sql("SELECT name FROM registry.producer WHERE id = :id")
                .param("id", r.producerId()).query(String.class).single();
        List<ProductView.Photo> photos = jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, sha256 FROM registry.product_photo
                 WHERE product_id = :id ORDER BY id""").param("id", r.id())
                .query((rs, i) -> new ProductView.Photo(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5))).list();
        List<ProductView.StarRecord> stars = jdbc.sql("""
                SELECT id, stars, score, decision_no, decision_date, level, note FROM registry.star_record
                 WHERE product_id = :id ORDER BY decision_date DESC NULLS LAST, id DESC""").param("id", r.id())
                .query((rs, i) -> new ProductView.StarRecord(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class),
                        RecognitionLevel.valueOf(rs.getString(6)), rs.getString(7))).list();
        return new ProductView(r.id(), r.producerId(), producerName, r.unitCode(), r.name(),
                r.classificationVersion(), r.classificationCode(), path, r.programmeCode(), r.description(),
                r.rawMaterials(), r.rawMaterialOrigin(), OcopStatus.valueOf(r.status()), r.currentStars(), photos,
                stars, r.demo(), r.version() == null ? 0 : r.version());
    }
}
