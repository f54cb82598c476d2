package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import ocop.TestHttp;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls of the dossier API for the tests, as one demo account (password {@code demo}): JSON in and out, multipart
 * uploads, and helpers that prepare a product, a dossier and a complete Mẫu 02 with its required evidence.
 */
final class DossierHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] REQUIRED_FOOD_EVIDENCE = {"E01", "E02", "E03", "E05", "E11", "E12"};

    private final int port;
    final String account;
    final TestHttp http;

    DossierHttp(int port, String account) {
        this.port = port;
        this.account = account;
        this.http = "-".equals(account) ? TestHttp.anonymous(port) : TestHttp.as(port, account, "demo");
    }

    static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return response.getBody() == null || response.getBody().isEmpty() ? null : json(response);
    }

    ResponseEntity<String> get(String path) {
        return http.get(path);
    }

    ResponseEntity<String> post(String path, Object body) {
        return http.post(path, body == null ? null : JSON.writeValueAsString(body));
    }

    ResponseEntity<String> put(String path, Object body) {
        return http.put(path, JSON.writeValueAsString(body));
    }

    ResponseEntity<String> upload(long dossierId, String item, String fileName, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        form.add("itemCode", item);
        form.add("issuer", "Cơ quan cấp thử");
        form.add("number", "12/GCN");
        form.add("issuedOn", "2025-01-15");
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> {
                    if (!"-".equals(account)) {
                        h.setBasicAuth(account, "demo");
                    }
                }).build();
        return client.post().uri("/api/v1/dossiers/" + dossierId + "/evidence")
                .contentType(MediaType.MULTIPART_FORM_DATA).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(form).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    /** A new existing product of the producer, registered by the ward officer (accepted at once). */
    static long newProduct(int port, long producerId, String name) {
        DossierHttp canbo = new DossierHttp(port, "canbo");
        return canbo.ok(canbo.post("/api/v1/ideas", Map.of("producerId", producerId, "name", name,
                "classificationCode", "I.3.d", "existing", true))).get("id").asLong();
    }

    long newDossier(long productId) {
        return ok(post("/api/v1/dossiers", Map.of("productId", productId, "kind", "FIRST"))).get("id").asLong();
    }

    /** Fills the required fields of Mẫu 02 and uploads one PDF per required evidence item. */
    void complete(long dossierId) {
        ok(put("/api/v1/dossiers/" + dossierId + "/forms", Map.of("fields", Map.of(
                "p1.productSpec", "Giò lụa 500 g", "p1.history", "Từ năm 1990", "p2.rawMaterialsTechnology", "Thịt heo",
                "p2.market", "Chợ Long Khánh", "p2.revenueProfit", "500 triệu đồng", "p4.plan", "Mở rộng",
                "samples.count", "5"))));
        for (String item : REQUIRED_FOOD_EVIDENCE) {
            ok(upload(dossierId, item, item.toLowerCase() + ".pdf", pdf(item)));
        }
    }

    JsonNode act(long dossierId, String action, Object body) {
        return ok(post("/api/v1/dossiers/" + dossierId + "/" + action, body == null ? Map.of() : body));
    }

    int version(long dossierId) {
        return ok(get("/api/v1/dossiers/" + dossierId)).get("summary").get("version").asInt();
    }

    private static final Map<String, Long> PRODUCERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The id of the first producer found by the query (cached: the demo producers never change id). */
    static long producerId(int port, String query) {
        return PRODUCERS.computeIfAbsent(port + query, k -> {
            DossierHttp admin = new DossierHttp(port, "admin");
            return admin.ok(admin.get("/api/v1/producers?q=" + query)).get("items").get(0).get("id").asLong();
        });
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.get(field).asString()).toList();
    }
}
