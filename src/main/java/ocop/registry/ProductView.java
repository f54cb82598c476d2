package ocop.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ocop.registry.OcopStatus;
import ocop.registry.RecognitionLevel;

/** A product in full (hồ sơ sản phẩm): classification path, raw materials, photos and star history. */
public record ProductView(long id, long producerId, String producerName, String unitCode, String name,
                          String classificationVersion, String classificationCode, List<String> classificationPath,
                          String programmeCode, String description, String rawMaterials, String rawMaterialOrigin,
                          OcopStatus status, Integer currentStars, List<Photo> photos, List<StarRecord> starHistory,
                          boolean demo, int version) {

    /** A product photo (ảnh sản phẩm). */
    public record Photo(long id, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    /** One recognition (lần công nhận): stars, score, decision number and date, recognising level. */
    public record StarRecord(long id, int stars, BigDecimal score, String decisionNo, LocalDate decisionDate,
                             RecognitionLevel level, String note) {
    }
}
