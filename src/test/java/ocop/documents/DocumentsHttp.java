package ocop.documents;

import java.util.List;
import ocop.TestHttp;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP helpers for the documents API as a demo account: drafts, issuing, files as bytes. */
public final class DocumentsHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String user;
    private final TestHttp http;

    public DocumentsHttp(int port, String user) {
        this.port = port;
        this.user = user;
        this.http = TestHttp.as(port, user, "demo");
    }

    public TestHttp http() {
        return http;
    }

    /** A report draft with one section; the subject is used to find it again. */
    public static String reportJson(String subject) {
        return """
                {"type": "BC", "subject": "%s", "recipients": ["Sở Nông nghiệp và Môi trường tỉnh Đồng Nai"],
                 "sections": [{"heading": "Kết quả thực hiện", "paragraphs": ["Phường đã hướng dẫn 05 chủ thể."]},
                              {"heading": "Kiến nghị", "paragraphs": ["Đề nghị Sở hỗ trợ tập huấn."]}]}
                """.formatted(subject);
    }

    public ResponseEntity<String> draft(String json) {
        return http.post("/api/v1/documents", json);
    }

    public long draftId(String json) {
        ResponseEntity<String> r = draft(json);
        if (r.getStatusCode().value() != 201) {
            throw new AssertionError(user + " could not draft: " + r.getStatusCode() + " " + r.getBody());
        }
        return json(r).get("id").asLong();
    }

    public ResponseEntity<String> issue(long id) {
        return http.post("/api/v1/documents/" + id + "/issue", null);
    }

    public ResponseEntity<byte[]> bytes(String path) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, "demo")).build()
                .get().uri(path).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
    }

    public static JsonNode json(ResponseEntity<String> r) {
        return JSON.readTree(r.getBody());
    }

    public static List<String> errorFields(ResponseEntity<String> r) {
        JsonNode errors = json(r).get("errors");
        return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
    }
}
