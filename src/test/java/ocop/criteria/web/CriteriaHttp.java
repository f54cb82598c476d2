package ocop.criteria.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ocop.TestHttp;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helpers for the criteria API: JSON reading, problem+json checks and multipart uploads (HTTP Basic). */
final class CriteriaHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "demo";

    private CriteriaHttp() {
    }

    static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    /** Asserts a 400 problem+json and returns the fields its errors name. */
    static List<String> badRequestFields(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(TestHttp.isProblem(response)).isTrue();
        JsonNode errors = json(response).get("errors");
        assertThat(errors).as("errors in " + response.getBody()).isNotNull();
        return errors.valueStream().map(e -> e.get("field").asString()).toList();
    }

    static ResponseEntity<String> upload(int port, String user, String path, String fileName, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file(fileName, bytes));
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, PASSWORD)).build()
                .post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    static ResponseEntity<byte[]> bytes(int port, String user, String path) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, PASSWORD)).build()
                .get().uri(path).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
    }

    static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** The id of the demo product with this exact name, as the user sees it. */
    static long productId(TestHttp http, String name) {
        JsonNode items = json(http.get("/api/v1/products?q=" + name + "&size=100")).get("items");
        for (JsonNode item : items) {
            if (item.get("name").asString().equals(name)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no product " + name);
    }
}
