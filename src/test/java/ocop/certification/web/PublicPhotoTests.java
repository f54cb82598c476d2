package ocop.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import ocop.OcopIntegrationTest;
import ocop.system.FileVault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The product photo on the public check (no sign-in): the demo "Rượu vang chôm chôm" certificate shows its photo,
 * served with caching headers and revalidated by its SHA-256; an unknown token or a product without a photo is a 404;
 * the page and the image still give away no private field.
 */
@OcopIntegrationTest
class PublicPhotoTests {

    private static final String WITH_PHOTO = "Rượu vang chôm chôm";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void theDemoProductsPhotoIsOnItsPublicPageWithCachingHeaders() throws Exception {
        String token = token(WITH_PHOTO);
        String html = html("/public/certificates/" + token);
        assertThat(html).contains("id=\"public-photo\"").contains("src=\"/public/certificates/" + token + "/photo\"")
                .contains("alt=\"Ảnh sản phẩm " + WITH_PHOTO + "\"");
        JsonNode data = json.readTree(anonymous().get().uri("/api/v1/public/certificates/" + token)
                .retrieve().body(String.class));
        assertThat(data.get("photoUrl").asString()).isEqualTo(data.get("verifyUrl").asString() + "/photo");

        byte[] expected = demoImage();
        ResponseEntity<byte[]> photo = photo(token, null);
        assertThat(photo.getStatusCode().value()).isEqualTo(200);
        assertThat(photo.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(photo.getBody()).isEqualTo(expected);
        assertThat(photo.getHeaders().getCacheControl()).contains("public").contains("max-age=86400");
        assertThat(photo.getHeaders().getETag()).isEqualTo("\"" + FileVault.sha256(expected) + "\"");
        assertThat(photo.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(photo.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isNull();

        ResponseEntity<byte[]> again = photo(token, photo.getHeaders().getETag());
        assertThat(again.getStatusCode().value()).isEqualTo(304);
        assertThat(again.getBody()).isNull();
    }

    @Test
    void unknownTokensAndProductsWithoutAPhotoAnswer404() throws Exception {
        assertThat(photo("nope-not-a-token", null).getStatusCode().value()).isEqualTo(404);
        assertThat(photo("x".repeat(40), null).getStatusCode().value()).isEqualTo(404);

        String without = jdbc.sql("""
                SELECT c.public_token FROM certification.certificate c
                 WHERE NOT EXISTS (SELECT 1 FROM registry.product_photo ph WHERE ph.product_id = c.product_id)
                 ORDER BY c.id LIMIT 1""").query(String.class).single();
        assertThat(photo(without, null).getStatusCode().value()).isEqualTo(404);
        assertThat(html("/public/certificates/" + without)).doesNotContain("public-photo");
        JsonNode data = json.readTree(anonymous().get().uri("/api/v1/public/certificates/" + without)
                .retrieve().body(String.class));
        assertThat(data.get("photoUrl").isNull()).isTrue();
    }

    @Test
    void thePageWithAPhotoShowsNoPrivateField() throws Exception {
        String token = token(WITH_PHOTO);
        String html = html("/public/certificates/" + token);
        String body = anonymous().get().uri("/api/v1/public/certificates/" + token).retrieve().body(String.class);
        Map<String, Object> producer = jdbc.sql("""
                SELECT pr.* FROM registry.producer pr JOIN certification.certificate c ON c.producer_id = pr.id
                 WHERE c.public_token = :t""").param("t", token).query().singleRow();
        for (String col : new String[] {"phone", "representative_name", "email", "representative_address",
                "street", "tax_code", "registration_no", "personal_id"}) {
            Object v = producer.get(col);
            if (v != null && !v.toString().isBlank()) {
                assertThat(html).as(col).doesNotContain(v.toString());
                assertThat(body).as(col).doesNotContain(v.toString());
            }
        }
        String fileName = jdbc.sql("""
                SELECT ph.file_name FROM registry.product_photo ph JOIN certification.certificate c
                    ON c.product_id = ph.product_id WHERE c.public_token = :t ORDER BY ph.id LIMIT 1""")
                .param("t", token).query(String.class).single();
        assertThat(html).doesNotContain(fileName);
        assertThat(body).doesNotContain(fileName).doesNotContain("productId").doesNotContain("producerId");
    }

    private String token(String productName) {
        return jdbc.sql("""
                SELECT c.public_token FROM certification.certificate c JOIN registry.product p ON p.id = c.product_id
                 WHERE p.name = :n AND p.demo ORDER BY c.id LIMIT 1""").param("n", productName)
                .query(String.class).single();
    }

    private String html(String path) {
        return anonymous().get().uri(path).accept(MediaType.TEXT_HTML).retrieve().body(String.class);
    }

    private ResponseEntity<byte[]> photo(String token, String ifNoneMatch) {
        return anonymous().get().uri("/public/certificates/" + token + "/photo").accept(MediaType.ALL)
                .headers(h -> {
                    if (ifNoneMatch != null) {
                        h.setIfNoneMatch(ifNoneMatch);
                    }
                }).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
    }

    private RestClient anonymous() {
        return RestClient.create("http://localhost:" + port);
    }

    private static byte[] demoImage() throws Exception {
        try (InputStream in = PublicPhotoTests.class.getResourceAsStream("/demo/ruou-vang-chom-chom.png")) {
            return in.readAllBytes();
        }
    }
}
