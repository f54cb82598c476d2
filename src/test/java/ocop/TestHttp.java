package ocop;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Real HTTP calls to the running test application, as a given demo account (HTTP Basic) or anonymously. */
public final class TestHttp {

    private final RestClient client;

    private TestHttp(RestClient client) {
        this.client = client;
    }

    public static TestHttp as(int port, String username, String password) {
        return new TestHttp(RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(username, password)).build());
    }

    public static TestHttp anonymous(int port) {
        return new TestHttp(RestClient.builder().baseUrl("http://localhost:" + port).build());
    }

    public ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public ResponseEntity<String> post(String path, String json) {
        return exchange(HttpMethod.POST, path, json);
    }

    public ResponseEntity<String> put(String path, String json) {
        return exchange(HttpMethod.PUT, path, json);
    }

    public ResponseEntity<String> delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    public static boolean isProblem(ResponseEntity<?> response) {
        MediaType type = response.getHeaders().getContentType();
        return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    public static String header(ResponseEntity<?> response, String name) {
        HttpHeaders headers = response.getHeaders();
        return headers.getFirst(name);
    }
}
