package ocop.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo photo: added once to "Rượu vang chôm chôm" through the registry (audited as canbo), never twice. */
@OcopIntegrationTest
class DemoPhotosTests {

    @Autowired
    DemoPhotos photos;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoProductHasOnePhotoHoweverOftenTheAppStarts() {
        assertThat(count()).isEqualTo(1);
        photos.run(null);
        photos.run(null);
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT ph.content_type || ' ' || ph.file_name FROM registry.product_photo ph
                  JOIN registry.product p ON p.id = ph.product_id WHERE p.name = :n AND p.demo""")
                .param("n", DemoPhotos.PRODUCT).query(String.class).single())
                .isEqualTo("image/png ruou-vang-chom-chom.png");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access.audit_entry a JOIN registry.product p ON a.entity_id = p.id::text
                 WHERE a.entity_type = 'product' AND a.action = 'UPLOAD' AND a.actor = 'canbo' AND p.name = :n""")
                .param("n", DemoPhotos.PRODUCT).query(Integer.class).single()).isEqualTo(1);
    }

    private int count() {
        return jdbc.sql("""
                SELECT count(*) FROM registry.product_photo ph JOIN registry.product p ON p.id = ph.product_id
                 WHERE p.name = :n AND p.demo""").param("n", DemoPhotos.PRODUCT).query(Integer.class).single();
    }
}
