package ocop.inspection.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import ocop.TestHttp;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inspection API over real HTTP as a demo account (or anonymously): JSON calls, photo uploads, answers. */
final class InspectionHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASE = "/api/v1/inspections";

    final TestHttp http;
    private final RestClient client;

    InspectionHttp(int port, String user) {
        boolean anonymous = user == null || "-".equals(user);
        this.http = anonymous ? TestHttp.anonymous(port) : TestHttp.as(port, user, "demo");
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> {
                    if (!anonymous) {
                        h.setBasicAuth(user, "demo");
                    }
                }).build();
    }

    ResponseEntity<String> get(String path) {
        return http.get(path);
    }

    ResponseEntity<String> post(String path, String json) {
        return http.post(path, json);
    }

    ResponseEntity<String> put(String path, String json) {
        return http.put(path, json);
    }

    /** Uploads a photo (multipart) with the given extra fields. */
    ResponseEntity<String> upload(long visitId, String fileName, byte[] bytes, Map<String, String> fields) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        fields.forEach(parts::add);
        return client.post().uri(BASE + "/visits/" + visitId + "/photos").contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).body(parts).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    ResponseEntity<byte[]> bytes(String path) {
        return client.get().uri(path).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
    }

    /** The body as JSON after checking the status. */
    static JsonNode json(ResponseEntity<String> r, int status) {
        if (r.getStatusCode().value() != status) {
            throw new AssertionError("expected " + status + " but got " + r.getStatusCode() + ": " + r.getBody());
        }
        return JSON.readTree(r.getBody());
    }

    /** The fields named by a problem+json body. */
    static List<String> errorFields(ResponseEntity<String> r) {
        JsonNode errors = JSON.readTree(r.getBody()).get("errors");
        return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
    }

    /** Every checklist item's code of a visit, in order. */
    static List<String> itemCodes(JsonNode visit) {
        List<String> codes = new ArrayList<>();
        visit.get("sections").forEach(s -> s.get("items").forEach(i -> codes.add(i.get("code").asString())));
        return codes;
    }

    /** A draft save: every item MEETS except those listed NOT_MEETS. */
    static String draft(JsonNode visit, String draftId, int clientVersion, String... notMeeting) {
        List<String> bad = List.of(notMeeting);
        String answers = itemCodes(visit).stream()
                .map(c -> "{\"itemCode\":\"" + c + "\",\"answer\":\"" + (bad.contains(c) ? "NOT_MEETS" : "MEETS")
                        + "\"}")
                .collect(Collectors.joining(","));
        return "{\"clientDraftId\":\"" + draftId + "\",\"clientVersion\":" + clientVersion + ",\"version\":"
                + visit.get("version").asInt() + ",\"answers\":[" + answers + "]}";
    }

    /** The answer stored for one item of a visit. */
    static String answer(JsonNode visit, String code) {
        for (JsonNode s : visit.get("sections")) {
            for (JsonNode i : s.get("items")) {
                if (code.equals(i.get("code").asString())) {
                    return i.get("answer").isNull() ? null : i.get("answer").asString();
                }
            }
        }
        throw new AssertionError("no item " + code);
    }

    /** A real 2×2 PNG image. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xCC3300);
        image.setRGB(1, 1, 0x0066CC);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
