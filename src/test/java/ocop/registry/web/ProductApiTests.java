package ocop.registry.web;

import ocop.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import ocop.OcopIntegrationTest;
import ocop.access.Role;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product API (and, once, the product pages) over real HTTP on the embedded PostgreSQL, as a ward officer
 * of phường Long Khánh (26080) created for this class.
 */
@OcopIntegrationTest
class ProductApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OFFICER = "sp_test_canbo";
    private static final String PASSWORD = "mat-khau-thu-san-pham";
    private static final String TAX_CODE = "7501234562";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    private RestClient api;

    @BeforeEach
    void officer() {
        if (accounts.idOf(OFFICER).isEmpty()) {
            accounts.create(new UserAccounts.NewAccount(OFFICER, PASSWORD, "Cán bộ Thử Sản Phẩm", Role.WARD_OFFICER,
                    "26080", null, null, false));
        }
        api = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(OFFICER, PASSWORD)).build();
    }

    @Test
    void createsReadsAndUpdatesAProduct() {
        long producer = producer();
        var created = send(HttpMethod.POST, "/api/v1/products", product(producer, "Bánh tráng Thử Tạo", "I.3.a", null));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode body = json(created);
        long id = body.get("id").asLong();
        assertThat(body.get("status").asString()).isEqualTo("IDEA");
        assertThat(body.get("classificationCode").asString()).isEqualTo("I.3.a");
        assertThat(body.get("classificationPath").size()).isEqualTo(3);

        var read = send(HttpMethod.GET, "/api/v1/products/" + id, null);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(json(read).get("name").asString()).isEqualTo("Bánh tráng Thử Tạo");
        assertThat(json(read).get("producerId").asLong()).isEqualTo(producer);

        int version = json(read).get("version").asInt();
        var updated = send(HttpMethod.PUT, "/api/v1/products/" + id,
                product(producer, "Bánh tráng Thử Sửa", "I.3.a", version));
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(json(updated).get("name").asString()).isEqualTo("Bánh tráng Thử Sửa");

        var history = send(HttpMethod.GET, "/api/v1/products/" + id + "/history", null);
        assertThat(history.getStatusCode().value()).isEqualTo(200);
        assertThat(json(history).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theClassificationMustBeALeaf() {
        var response = send(HttpMethod.POST, "/api/v1/products", product(producer(), "Sản phẩm Nhóm Cha", "I.1", null));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(isProblem(response)).isTrue();
        assertThat(fields(response)).contains("classificationCode");
    }

    @Test
    void searchIgnoresDiacritics() {
        long id = json(send(HttpMethod.POST, "/api/v1/products",
                product(producer(), "Giò chả Thử Tìm Kiếm", "I.3.a", null))).get("id").asLong();
        var found = send(HttpMethod.GET, "/api/v1/products?q=gio cha thu tim&size=100", null);
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        List<Long> ids = json(found).get("items").valueStream().map(n -> n.get("id").asLong()).toList();
        assertThat(ids).contains(id);
    }

    @Test
    void aPhotoIsStoredAndServedBackUnchanged() throws IOException {
        long id = newProduct("Mật ong Thử Ảnh");
        byte[] png = tinyPng();
        var uploaded = upload("/api/v1/products/" + id + "/photos", "mat-ong.png", png);
        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        JsonNode photo = JSON.readTree(uploaded.getBody());
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");

        ResponseEntity<byte[]> download = api.get()
                .uri("/api/v1/products/{id}/photos/{photo}", id, photo.get("id").asLong())
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(download.getHeaders().getCacheControl()).contains("private");
        assertThat(download.getBody()).isEqualTo(png);
    }

    @Test
    void aTextFileNamedPngIsRefusedNamingTheFile() {
        long id = newProduct("Trà Thử Tệp Giả");
        var response = upload("/api/v1/products/" + id + "/photos", "anh.png",
                "day khong phai la anh".getBytes(StandardCharsets.UTF_8));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(isProblem(response)).isTrue();
        assertThat(fields(response)).contains("file");
    }

    @Test
    void aFourStarRecognitionRanksTheProduct() {
        long id = newProduct("Hạt điều Thử Xếp Hạng");
        var response = send(HttpMethod.POST, "/api/v1/products/" + id + "/stars", """
                {"stars":4,"score":78.5,"decisionNo":"123/QĐ-UBND","decisionDate":"2026-06-01","level":"PROVINCE"}""");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asString()).isEqualTo("RANKED");
        assertThat(body.get("currentStars").asInt()).isEqualTo(4);
        assertThat(body.get("starHistory").size()).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflict() {
        long producer = producer();
        JsonNode created = json(send(HttpMethod.POST, "/api/v1/products",
                product(producer, "Nước mắm Thử Phiên Bản", "I.3.a", null)));
        long id = created.get("id").asLong();
        int version = created.get("version").asInt();
        assertThat(send(HttpMethod.PUT, "/api/v1/products/" + id,
                product(producer, "Nước mắm Thử Phiên Bản 2", "I.3.a", version)).getStatusCode().value())
                .isEqualTo(200);
        var stale = send(HttpMethod.PUT, "/api/v1/products/" + id,
                product(producer, "Nước mắm Thử Phiên Bản 3", "I.3.a", version));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(isProblem(stale)).isTrue();
    }

    @Test
    void listsTheClassificationVersions() {
        var response = send(HttpMethod.GET, "/api/v1/classifications", null);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> versions = json(response).valueStream().map(v -> v.get("version").asString()).toList();
        assertThat(versions).contains("QD26-2026");
        JsonNode qd26 = json(response).valueStream().filter(v -> v.get("version").asString().equals("QD26-2026"))
                .findFirst().orElseThrow();
        assertThat(qd26.get("decision").asString()).isEqualTo("26/2026/QĐ-TTg");
        assertThat(qd26.get("sectors").get(0).get("code").asString()).isEqualTo("I");
    }

    /** The pages render, and a bad upload or star form comes back as the page with the message, never a 500. */
    @Test
    void thePagesRenderAndShowErrorsInPlace() {
        long id = newProduct("Giò chả Thử Trang");
        PageSession browser = PageSession.signIn(port, OFFICER, PASSWORD);
        var list = browser.get("/products?q=gio cha thu trang");
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains("Giò chả Thử Trang").contains("data-label=\"Tình trạng\"");
        assertThat(browser.get("/products/new").getBody()).contains("<optgroup");
        assertThat(browser.get("/products/" + id + "/edit").getBody()).contains("Giò chả Thử Trang");

        var detail = browser.get("/products/" + id);
        assertThat(detail.getStatusCode().value()).isEqualTo(200);
        String csrf = PageSession.csrf(detail.getBody());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("_csrf", csrf);
        parts.add("file", file("anh.png", "khong phai anh".getBytes(StandardCharsets.UTF_8)));
        var upload = browser.post("/products/" + id + "/photos", MediaType.MULTIPART_FORM_DATA, parts);
        assertThat(upload.getStatusCode().value()).isEqualTo(200);
        assertThat(upload.getBody()).contains("Chỉ nhận ảnh định dạng JPEG, PNG hoặc WebP.");

        MultiValueMap<String, Object> stars = new LinkedMultiValueMap<>();
        stars.add("_csrf", csrf);
        stars.add("stars", "5");
        stars.add("score", "chín mươi");
        stars.add("level", "PROVINCE");
        var recorded = browser.post("/products/" + id + "/stars", MediaType.APPLICATION_FORM_URLENCODED, stars);
        assertThat(recorded.getStatusCode().value()).isEqualTo(200);
        assertThat(recorded.getBody()).contains("Điểm phải là số").contains("chín mươi");
    }

    // --- helpers ---

    /** The producer these tests hang their products on; created once per application context. */
    private long producer() {
        var created = send(HttpMethod.POST, "/api/v1/producers",
                "{\"type\":\"DOANH_NGHIEP\",\"name\":\"Công ty Thử Sản Phẩm\",\"taxCode\":\"" + TAX_CODE + "\"}");
        if (created.getStatusCode().value() == 201) {
            return json(created).get("id").asLong();
        }
        var found = send(HttpMethod.GET, "/api/v1/producers?q=" + TAX_CODE, null);
        return json(found).get("items").get(0).get("id").asLong();
    }

    private long newProduct(String name) {
        var created = send(HttpMethod.POST, "/api/v1/products", product(producer(), name, "I.3.a", null));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private static String product(long producer, String name, String classification, Integer version) {
        return "{\"producerId\":%d,\"name\":\"%s\",\"classificationCode\":\"%s\",\"rawMaterials\":\"Gạo\"%s}"
                .formatted(producer, name, classification, version == null ? "" : ",\"version\":" + version);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String json) {
        RestClient.RequestBodySpec spec = api.method(method).uri(path)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> upload(String path, String fileName, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file(fileName, bytes));
        return api.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static byte[] tinyPng() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.ORANGE.getRGB());
        image.setRGB(2, 1, Color.BLUE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    private static boolean isProblem(ResponseEntity<?> response) {
        MediaType type = response.getHeaders().getContentType();
        return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static List<String> fields(ResponseEntity<String> response) {
        return json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
