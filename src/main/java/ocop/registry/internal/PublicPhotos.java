package ocop.registry.internal;

import java.io.UncheckedIOException;
import java.util.Optional;
import ocop.registry.PublicPhoto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ảnh chính của sản phẩm cho trang công khai (the main photo for public pages): the first photo uploaded, read
 * without a signed-in user — the one registry read that is not scoped, so it returns nothing but the image. The caller
 * decides which products are public (a certificate's public check); a file missing on disk reads as no photo.
 */
@Component
class PublicPhotos {

    private static final Logger log = LoggerFactory.getLogger(PublicPhotos.class);
    private static final String MAIN = """
            SELECT content_type, sha256, stored_path FROM registry.product_photo
             WHERE product_id = :p ORDER BY id LIMIT 1""";

    private final JdbcClient jdbc;
    private final PhotoStore photos;

    PublicPhotos(JdbcClient jdbc, PhotoStore photos) {
        this.jdbc = jdbc;
        this.photos = photos;
    }

    private record Stored(String contentType, String sha256, String storedPath) {
    }

    Optional<PublicPhoto> main(long productId) {
        return stored(productId).map(s -> new PublicPhoto(s.contentType(), s.sha256()));
    }

    Optional<PublicPhoto.Content> content(long productId) {
        return stored(productId).flatMap(s -> {
            try {
                return Optional.of(new PublicPhoto.Content(s.contentType(), s.sha256(), photos.read(s.storedPath())));
            } catch (UncheckedIOException e) {
                log.warn("Product {}: main photo {} missing on disk ({})", productId, s.storedPath(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<Stored> stored(long productId) {
        return jdbc.sql(MAIN).param("p", productId).query(Stored.class).optional();
    }
}
